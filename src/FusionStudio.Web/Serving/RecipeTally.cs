using FusionStudio.Domain.Recipes;

namespace FusionStudio.Web.Serving;

/// <summary>One recipe's served requests since this process started, by how they ended.</summary>
public sealed class RecipeTally
{
    private long _answered;
    private long _fallback;
    private long _failed;
    private long _rejected;

    public void Add(ServedOutcome outcome)
    {
        switch (outcome)
        {
            case ServedOutcome.Answered:
                Interlocked.Increment(ref _answered);
                break;
            case ServedOutcome.Fallback:
                Interlocked.Increment(ref _fallback);
                break;
            default:
                Interlocked.Increment(ref _failed);
                break;
        }
    }

    public void Reject() => Interlocked.Increment(ref _rejected);

    public RecipeTallySnapshot Read() =>
        new(Interlocked.Read(ref _answered), Interlocked.Read(ref _fallback), Interlocked.Read(ref _failed), Interlocked.Read(ref _rejected));
}
