using FusionStudio.Engine.Judging;

namespace FusionStudio.UnitTests.Judging;

public sealed class JudgeRetryPolicyTests
{
    [Fact]
    public void Default_allows_three_attempts_in_all()
    {
        var policy = JudgeRetryPolicy.Default;

        Assert.Equal(3, policy.MaxAttempts);
        Assert.True(policy.CanAskAgain(2));
        Assert.False(policy.CanAskAgain(3));
    }

    [Fact]
    public void At_least_one_attempt_is_required() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JudgeRetryPolicy(0));
}
