using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Methods;

/// <summary>A method that takes one of the prompt's candidates as its answer. Selectors are pure and deterministic.</summary>
public interface ICandidateSelector
{
    AggregationMethod Method { get; }

    SelectionResult Select(SelectionInput input);
}
