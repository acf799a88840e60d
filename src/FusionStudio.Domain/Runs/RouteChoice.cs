namespace FusionStudio.Domain.Runs;

/// <summary>One teacher in a prompt's route: its rank (0 is the router's pick) and the router's forecast for it.</summary>
public sealed class RouteChoice
{
    public long Id { get; set; }

    public long PromptRouteId { get; set; }

    public int Rank { get; set; }

    public int TeacherId { get; set; }

    /// <summary>Forecast performance, min–max normalised within the prompt's task.</summary>
    public double PredictedPerformance { get; set; }

    /// <summary>Forecast cost, min–max normalised within the prompt's task.</summary>
    public double PredictedCost { get; set; }
}
