namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Stops a job from starting new prompts once a run's spending reaches its cap. Prompts already under way finish,
/// so the cap can be overshot by at most the prompts in flight.
/// </summary>
internal sealed class BudgetGuard(decimal? cap, decimal spentBefore)
{
    private readonly Lock _lock = new();
    private decimal _spent = spentBefore;

    public bool IsCapped => cap is not null;

    public bool Reached
    {
        get
        {
            lock (_lock)
            {
                return cap is { } limit && _spent >= limit;
            }
        }
    }

    public void Add(decimal cost)
    {
        lock (_lock)
        {
            _spent += cost;
        }
    }
}
