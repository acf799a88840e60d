namespace FusionStudio.Simulation;

/// <summary>Derives a model's <see cref="AnswerStyle"/> from its name.</summary>
public static class AnswerStyles
{
    /// <summary>Names that mention a style get it ("sim-stepwise"); any other name hashes to one.</summary>
    public static AnswerStyle ForModel(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = model.ToLowerInvariant();
        if (name.Contains("concise", StringComparison.Ordinal))
        {
            return AnswerStyle.Concise;
        }

        if (name.Contains("step", StringComparison.Ordinal))
        {
            return AnswerStyle.Stepwise;
        }

        if (name.Contains("detail", StringComparison.Ordinal))
        {
            return AnswerStyle.Detailed;
        }

        if (name.Contains("cautious", StringComparison.Ordinal) || name.Contains("careful", StringComparison.Ordinal))
        {
            return AnswerStyle.Cautious;
        }

        return (AnswerStyle)(int)(StableHash.Of(name) % 4);
    }
}
