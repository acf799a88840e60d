using System.Globalization;

namespace FusionStudio.Web.Runs;

/// <summary>Time left for a run, from the rate of prompts processed since it started.</summary>
public static class RunEta
{
    public static TimeSpan? Remaining(DateTimeOffset? startedAt, int processed, int total, DateTimeOffset now)
    {
        if (startedAt is not { } start || processed <= 0 || processed >= total)
        {
            return null;
        }

        var elapsed = now - start;
        if (elapsed <= TimeSpan.Zero)
        {
            return null;
        }

        var perPrompt = elapsed / processed;
        return perPrompt * (total - processed);
    }

    /// <summary>"45 s", "12 min", "3 h 20 min", "2 d 5 h", rounded to the unit shown last.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = Round(duration.TotalSeconds);
        if (seconds < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, seconds)} s");
        }

        var minutes = Round(duration.TotalMinutes);
        if (minutes < 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{minutes} min");
        }

        if (minutes < 24 * 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min");
        }

        var hours = Round(duration.TotalHours);
        return string.Create(CultureInfo.InvariantCulture, $"{hours / 24} d {hours % 24} h");
    }

    private static long Round(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
