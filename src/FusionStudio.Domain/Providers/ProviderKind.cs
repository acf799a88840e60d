namespace FusionStudio.Domain.Providers;

/// <summary>How FusionStudio reaches a provider's models.</summary>
public enum ProviderKind
{
    /// <summary>Any endpoint that speaks the OpenAI chat completions API.</summary>
    OpenAiCompatible = 0,

    /// <summary>The offline, in-process stand-in used by the embedded demo. Its answers are synthetic.</summary>
    Simulated = 1,

    /// <summary>Stands for the models of imported logs: their answers exist already and it is never called.</summary>
    ImportedLog = 2,
}
