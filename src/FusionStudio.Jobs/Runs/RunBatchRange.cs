namespace FusionStudio.Jobs.Runs;

/// <summary>
/// A batch of a run: the prompt positions one job advances. Batches are cut at multiples of the batch size, so every
/// process names the same batch the same way (it is the key of the batch's ownership).
/// </summary>
public readonly record struct RunBatchRange(int First, int Last)
{
    public static RunBatchRange Starting(int first, int batchSize) => new(first, first + batchSize - 1);

    public override string ToString() => $"{First}-{Last}";
}
