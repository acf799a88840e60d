namespace FusionStudio.Simulation;

/// <summary>How a simulated teacher writes; each demo teacher has a clearly different one.</summary>
public enum AnswerStyle
{
    Concise = 0,
    Stepwise = 1,
    Detailed = 2,
    Cautious = 3,
}
