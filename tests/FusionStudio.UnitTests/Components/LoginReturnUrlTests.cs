using FusionStudio.Web.Components.Account;

namespace FusionStudio.UnitTests.Components;

public sealed class LoginReturnUrlTests
{
    [Theory]
    [InlineData("/runs/4", "/runs/4")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    public void Only_local_paths_are_followed_after_login(string? returnUrl, string expected) =>
        Assert.Equal(expected, Login.LocalReturnUrl(returnUrl));
}
