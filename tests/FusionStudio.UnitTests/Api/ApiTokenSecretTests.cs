using FusionStudio.Web.Security.ApiTokens;

namespace FusionStudio.UnitTests.Api;

public sealed class ApiTokenSecretTests
{
    [Fact]
    public void New_secrets_are_recognisable_random_and_of_a_fixed_shape()
    {
        var secrets = Enumerable.Range(0, 100).Select(_ => ApiTokenSecret.NewSecret().Value).ToList();

        Assert.All(secrets, s => Assert.StartsWith("fs_", s, StringComparison.Ordinal));
        Assert.All(secrets, s => Assert.True(ApiTokenSecret.HasValidShape(s), s));
        Assert.Equal(100, secrets.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(secrets.Select(s => s.Length).Distinct());
    }

    [Fact]
    public void The_hash_is_lower_case_hex_sha256_and_the_prefix_is_a_short_start()
    {
        var secret = new ApiTokenSecret("fs_" + new string('A', 43));

        Assert.Equal(64, secret.Hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", secret.Hash);
        Assert.Equal(ApiTokenSecret.HashOf(secret.Value), secret.Hash);
        Assert.NotEqual(ApiTokenSecret.HashOf(secret.Value + "B"), secret.Hash);
        Assert.Equal("fs_AAAAAAA", secret.Prefix);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fs_")]
    [InlineData("gh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("fs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("fs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("fs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ")]
    public void Values_that_cannot_be_secrets_are_refused_before_the_database(string value) =>
        Assert.False(ApiTokenSecret.HasValidShape(value));

    [Fact]
    public void Printing_a_secret_shows_only_its_prefix()
    {
        var secret = ApiTokenSecret.NewSecret();

        Assert.Equal(secret.Prefix + "…", secret.ToString());
        Assert.DoesNotContain(secret.Value, $"{secret}", StringComparison.Ordinal);
    }
}
