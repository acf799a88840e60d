using FusionStudio.Engine.Serving;
using FusionStudio.Web.Serving.Wire;

namespace FusionStudio.Web.Serving;

/// <summary>A served answer in wire form: its usage summed over every call, and the details a request may ask for.</summary>
internal static class ServedAnswerWire
{
    public static ChatUsage Usage(ServedAnswer answer)
    {
        var input = answer.Calls.Sum(c => c.Usage.InputTokens);
        var output = answer.Calls.Sum(c => c.Usage.OutputTokens);
        return new ChatUsage(input, output, input + output);
    }

    public static decimal Cost(ServedAnswer answer) => answer.Calls.Sum(c => c.Usage.Cost);

    public static string FinishReason(ServedAnswer answer) => answer.FinishReason ?? "stop";

    public static ServedDetails Details(ServingPlan plan, ServedAnswer answer)
    {
        var fused = answer.Fused ? answer.PresentedOrder.ToHashSet() : [];
        return new ServedDetails(
            plan.RecipeName,
            plan.Version.Version,
            plan.Version.Kind.ToString(),
            answer.Fused,
            answer.Fallback,
            answer.Candidates.Select((candidate, position) => new ServedCandidateDetail(
                position,
                candidate.Teacher.Teacher.Name,
                candidate.Teacher.Teacher.Model,
                candidate.Succeeded,
                candidate.Result.FailureReason,
                fused.Contains(position),
                answer.ChosenCandidate == position,
                candidate.Result.Usage.LatencyMs,
                null,
                candidate.Result.Text)).ToList());
    }
}
