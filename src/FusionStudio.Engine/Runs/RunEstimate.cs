using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Text;

namespace FusionStudio.Engine.Runs;

/// <summary>
/// The calls, tokens and cost of a run before it starts. Every answer is taken at its teacher's max tokens and
/// every judge answers on its first try, so calls are a floor (unreadable judge answers are asked again) and cost
/// is a ceiling for those calls. Fusor and judge requests carry their template, the prompt and the answers they
/// read; tokens are counted by a real tokenizer where the input has them (see <see cref="TokenCounter"/>), else as
/// <see cref="TokenEstimator"/> counts them (about four characters a token). <see cref="RunForecast"/> sets this
/// ceiling beside what answers are likely to take. When every method is routed, which teachers answer is decided
/// per prompt as the run goes, so each routed answer is priced at the pool's mean teacher.
/// </summary>
public sealed record RunEstimate(IReadOnlyList<RunEstimateStep> Steps)
{
    /// <summary>A fusor or judge request has a system and a user message.</summary>
    private const int TemplateMessageOverhead = 2 * TokenEstimator.MessageOverheadTokens;

    public long Calls => Steps.Sum(s => s.Calls);

    public long InputTokens => Steps.Sum(s => s.InputTokens);

    public long OutputTokens => Steps.Sum(s => s.OutputTokens);

    public decimal Cost => Steps.Sum(s => s.Cost);

    /// <summary>False when a step's model is not chosen, so the cost leaves that step out.</summary>
    public bool IsComplete => Steps.All(s => s.Priced);

    public static RunEstimate For(RunEstimateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        long prompts = Math.Max(0, input.PromptCount);
        var promptTokens = input.PromptTokens;
        var routedOnly = input.Methods.AllRouted();
        var candidates = routedOnly ? Math.Min(input.RoutedTeachers, input.Teachers.Count) : input.Teachers.Sum(t => (long)t.SampleCount);
        var candidateTokens = routedOnly ? candidates * MeanAnswerTokens(input) : input.Teachers.Sum(t => (long)t.SampleCount * t.Model.MaxTokens);
        var steps = new List<RunEstimateStep> { routedOnly ? RoutedGeneration(input, prompts, promptTokens + input.HintTokens, candidates) : Generation(input, prompts, promptTokens + input.HintTokens) };

        if (input.Methods.JudgeCandidates())
        {
            // One judge call per candidate, each reading the prompt and that candidate.
            long perPrompt = candidates * (input.PointwiseTemplateTokenCount + TemplateMessageOverhead + promptTokens) + candidateTokens;
            steps.Add(Priced(RunEstimateStepKind.PointwiseJudge, input.Judge, prompts * candidates, prompts * perPrompt));
        }

        if (input.Methods.Contains(AggregationMethod.MixtureOfAgents))
        {
            steps.Add(MixtureLayers(input, prompts, promptTokens, candidateTokens));
        }

        if (input.Methods.Any(m => m.IsFusion()))
        {
            // One fusor call per prompt and fusing method, reading the prompt and the answers it fuses: every
            // candidate for Fusion-of-N, the last layer's (as many, from the same teachers) for Mixture-of-Agents, the
            // top k routed ones for Routed FusioN.
            long PerCall(AggregationMethod method) => input.FusorTemplateTokenCount + TemplateMessageOverhead + promptTokens
                + (method.IsRouted() ? Math.Min(method.RoutedTeachers(input.RoutedTopK), input.Teachers.Count) * MeanAnswerTokens(input) : candidateTokens);
            var fusing = input.Methods.Where(m => m.IsFusion()).ToList();
            steps.Add(Priced(RunEstimateStepKind.Fusion, input.Fusor, prompts * fusing.Count, prompts * fusing.Sum(PerCall)));
        }

        if (input.Pairs.Count > 0)
        {
            // Each pair is asked in both orders; each call reads the prompt and both answers.
            var longestCandidate = input.Teachers.Count == 0 ? 0 : input.Teachers.Max(t => t.Model.MaxTokens);
            long AnswerTokens(AggregationMethod method) => method.IsFusion() ? input.Fusor?.MaxTokens ?? 0 : longestCandidate;
            long callOverhead = input.PairwiseTemplateTokenCount + TemplateMessageOverhead + promptTokens;
            var perPrompt = input.Pairs.Sum(p => 2 * (callOverhead + AnswerTokens(p.A) + AnswerTokens(p.B)));
            steps.Add(Priced(RunEstimateStepKind.Comparison, input.Judge, prompts * input.Pairs.Count * 2, prompts * perPrompt));
        }

        return new RunEstimate(steps);
    }

    private static long MeanAnswerTokens(RunEstimateInput input) =>
        input.Teachers.Count == 0 ? 0 : (long)Math.Ceiling(input.Teachers.Average(t => (double)t.Model.MaxTokens));

    /// <summary>Each prompt asks <paramref name="answers"/> routed teachers once; each answer costs what the pool's mean teacher costs.</summary>
    private static RunEstimateStep RoutedGeneration(RunEstimateInput input, long prompts, long promptTokens, long answers)
    {
        if (input.Teachers.Count == 0)
        {
            return new RunEstimateStep(RunEstimateStepKind.Generation, 0, 0, 0, 0m);
        }

        var calls = prompts * answers;
        var inputTokens = calls * (promptTokens + TokenEstimator.MessageOverheadTokens);
        var outputTokens = calls * MeanAnswerTokens(input);
        var perCall = input.Teachers.Average(t => t.Model.CostOf(promptTokens + TokenEstimator.MessageOverheadTokens, t.Model.MaxTokens));
        return new RunEstimateStep(RunEstimateStepKind.Generation, calls, inputTokens, outputTokens, perCall * calls);
    }

    private static RunEstimateStep Generation(RunEstimateInput input, long prompts, long promptTokens)
    {
        long calls = 0, inputTokens = 0, outputTokens = 0;
        var cost = 0m;
        foreach (var teacher in input.Teachers)
        {
            var teacherCalls = prompts * teacher.SampleCount;
            var teacherInput = teacherCalls * (promptTokens + TokenEstimator.MessageOverheadTokens);
            var teacherOutput = teacherCalls * teacher.Model.MaxTokens;
            calls += teacherCalls;
            inputTokens += teacherInput;
            outputTokens += teacherOutput;
            cost += teacher.Model.CostOf(teacherInput, teacherOutput);
        }

        return new RunEstimateStep(RunEstimateStepKind.Generation, calls, inputTokens, outputTokens, cost);
    }

    /// <summary>
    /// Layers 2..L: each teacher sample answers once per layer, at its max tokens, reading its template, the prompt
    /// and every answer of the previous layer (N answers, each as long as its teacher's max tokens).
    /// </summary>
    private static RunEstimateStep MixtureLayers(RunEstimateInput input, long prompts, long promptTokens, long previousLayerTokens)
    {
        long calls = 0, inputTokens = 0, outputTokens = 0;
        var cost = 0m;
        var perCallInput = input.ProposerTemplateTokenCount + TemplateMessageOverhead + promptTokens + previousLayerTokens;
        foreach (var teacher in input.Teachers)
        {
            var teacherCalls = prompts * MixtureOfAgentsLayers.ProposerCalls(teacher.SampleCount, input.MixtureLayers);
            var teacherInput = teacherCalls * perCallInput;
            var teacherOutput = teacherCalls * teacher.Model.MaxTokens;
            calls += teacherCalls;
            inputTokens += teacherInput;
            outputTokens += teacherOutput;
            cost += teacher.Model.CostOf(teacherInput, teacherOutput);
        }

        return new RunEstimateStep(RunEstimateStepKind.MixtureLayers, calls, inputTokens, outputTokens, cost);
    }

    private static RunEstimateStep Priced(RunEstimateStepKind kind, RunEstimateModel? model, long calls, long inputTokens)
    {
        if (model is null)
        {
            return new RunEstimateStep(kind, calls, inputTokens, 0, 0m, Priced: false);
        }

        var outputTokens = calls * model.MaxTokens;
        return new RunEstimateStep(kind, calls, inputTokens, outputTokens, model.CostOf(inputTokens, outputTokens));
    }
}
