namespace FusionStudio.Simulation;

/// <summary>
/// Reads a sample's variant number as a mixed-radix number, one digit per choice. The first choice takes the
/// lowest digit, so consecutive seeds (sample indexes 0, 1, 2…) always differ in it.
/// </summary>
internal sealed class VariantPicker(ulong variant)
{
    private ulong _remaining = variant;

    public int Next(int choices)
    {
        var choice = (int)(_remaining % (ulong)choices);
        _remaining /= (ulong)choices;
        return choice;
    }

    public T Pick<T>(IReadOnlyList<T> options) => options[Next(options.Count)];
}
