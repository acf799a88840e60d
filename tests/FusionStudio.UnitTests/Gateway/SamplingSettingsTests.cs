using FusionStudio.Domain.Teachers;
using FusionStudio.Engine.Gateway;

namespace FusionStudio.UnitTests.Gateway;

public sealed class SamplingSettingsTests
{
    [Theory]
    [InlineData(100, 0, 100)]
    [InlineData(100, 3, 103)]
    [InlineData(null, 0, 0)]
    [InlineData(null, 4, 4)]
    [InlineData(int.MaxValue, 1, 2_147_483_648L)]
    public void Seed_sent_is_the_teacher_seed_plus_the_sample_index(int? teacherSeed, int sampleIndex, long expected)
    {
        var teacher = new Teacher { Name = "t", Model = "m", Seed = teacherSeed };

        Assert.Equal(expected, SamplingSettings.From(teacher).SeedFor(sampleIndex));
    }

    [Fact]
    public void Settings_come_from_the_teacher()
    {
        var teacher = new Teacher { Name = "t", Model = "m", Temperature = 0.4, TopP = 0.8, MaxTokens = 300, Seed = 7 };

        Assert.Equal(new SamplingSettings(0.4, 0.8, 300, 7), SamplingSettings.From(teacher));
    }

    [Fact]
    public void Request_sends_the_seed_of_its_sample()
    {
        var request = new ModelCallRequest
        {
            Provider = new ProviderEndpoint { ProviderId = 1 },
            Model = "m",
            Messages = [new(FusionStudio.Domain.Datasets.ChatRole.User, "hi")],
            Sampling = new SamplingSettings(1, 1, 10, 50),
            SampleIndex = 2,
        };

        Assert.Equal(52, request.Seed);
    }
}
