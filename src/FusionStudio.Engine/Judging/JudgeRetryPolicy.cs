namespace FusionStudio.Engine.Judging;

/// <summary>
/// How often a judge is asked again when its answer cannot be parsed. Each attempt is a paid model call, and a judge
/// that fails three times in a row rarely succeeds on a fourth, so the default is 3 attempts in all.
/// </summary>
public sealed record JudgeRetryPolicy
{
    public const int DefaultMaxAttempts = 3;

    public JudgeRetryPolicy(int maxAttempts = DefaultMaxAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        MaxAttempts = maxAttempts;
    }

    public static JudgeRetryPolicy Default { get; } = new();

    /// <summary>Attempts in all, the first one included.</summary>
    public int MaxAttempts { get; }

    /// <summary>Whether another attempt is allowed after <paramref name="attemptsMade"/> unparseable answers.</summary>
    public bool CanAskAgain(int attemptsMade) => attemptsMade < MaxAttempts;
}
