using FusionStudio.Domain.Text;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Runs;

/// <summary>What a run will be asked to do, as far as its calls and cost go.</summary>
public sealed record RunEstimateInput
{
    public required int PromptCount { get; init; }

    /// <summary>The dataset's mean prompt length in characters.</summary>
    public required int AveragePromptCharacters { get; init; }

    public required IReadOnlyList<RunEstimateTeacher> Teachers { get; init; }

    public required IReadOnlyCollection<AggregationMethod> Methods { get; init; }

    public IReadOnlyCollection<MethodPair> Pairs { get; init; } = [];

    /// <summary>How many of the router's best-ranked teachers Routed FusioN reads per prompt.</summary>
    public int RoutedTopK { get; init; } = Run.DefaultRoutedTopK;

    /// <summary>Teachers that answer each prompt when every method is routed: the routed ones (one sample each).</summary>
    public int RoutedTeachers => Methods.RoutedTeachers(RoutedTopK);

    public RunEstimateModel? Judge { get; init; }

    public RunEstimateModel? Fusor { get; init; }

    /// <summary>Length of the fusor prompt's own text (system and user), in characters.</summary>
    public int FusorTemplateCharacters { get; init; }

    public int PointwiseTemplateCharacters { get; init; }

    public int PairwiseTemplateCharacters { get; init; }

    /// <summary>Mixture-of-Agents' layer count L, when <see cref="Methods"/> has it.</summary>
    public int MixtureLayers { get; init; } = MixtureOfAgentsLayers.Default;

    /// <summary>Length of the MoA proposer prompt's own text, in characters.</summary>
    public int ProposerTemplateCharacters { get; init; }

    /// <summary>The MoA proposer prompt's own text in tokens (real tokenizer); null: characters / 4.</summary>
    public int? ProposerTemplateTokens { get; init; }

    /// <summary>The dataset's mean prompt length in tokens, counted by a real tokenizer; null: characters / 4.</summary>
    public int? AveragePromptTokens { get; init; }

    /// <summary>The fusor prompt's own text in tokens (real tokenizer); null: characters / 4.</summary>
    public int? FusorTemplateTokens { get; init; }

    public int? PointwiseTemplateTokens { get; init; }

    public int? PairwiseTemplateTokens { get; init; }

    /// <summary>Thought hints: the length of the generation-with-hints prompt's own text; 0 without hints.</summary>
    public int HintTemplateCharacters { get; init; }

    /// <summary>The generation-with-hints prompt's own text in tokens (real tokenizer); null: characters / 4.</summary>
    public int? HintTemplateTokens { get; init; }

    /// <summary>Thought hints: the templates one generation call carries, in characters; 0 without hints.</summary>
    public int HintCharacters { get; init; }

    /// <summary>Input tokens each generation call carries on top of the prompt for thought hints.</summary>
    public long HintTokens => HintCharacters == 0 ? 0 : (HintTemplateTokens ?? Tokens(HintTemplateCharacters)) + Tokens(HintCharacters);

    public long PromptTokens => AveragePromptTokens ?? Tokens(AveragePromptCharacters);

    public long FusorTemplateTokenCount => FusorTemplateTokens ?? Tokens(FusorTemplateCharacters);

    public long PointwiseTemplateTokenCount => PointwiseTemplateTokens ?? Tokens(PointwiseTemplateCharacters);

    public long PairwiseTemplateTokenCount => PairwiseTemplateTokens ?? Tokens(PairwiseTemplateCharacters);

    public long ProposerTemplateTokenCount => ProposerTemplateTokens ?? Tokens(ProposerTemplateCharacters);

    /// <summary>The same input with every model's answers <paramref name="length"/> tokens long (at most its max tokens).</summary>
    public RunEstimateInput WithAnswerLengths(Func<RunEstimateModel, double> length)
    {
        ArgumentNullException.ThrowIfNull(length);
        RunEstimateModel Sized(RunEstimateModel model) =>
            model with { MaxTokens = (int)Math.Ceiling(Math.Clamp(length(model), 0, model.MaxTokens)) };
        return this with
        {
            Teachers = Teachers.Select(t => t with { Model = Sized(t.Model) }).ToList(),
            Judge = Judge is null ? null : Sized(Judge),
            Fusor = Fusor is null ? null : Sized(Fusor),
        };
    }

    private static long Tokens(int characters) => characters <= 0
        ? 0
        : (characters + TokenEstimator.CharactersPerToken - 1) / TokenEstimator.CharactersPerToken;
}
