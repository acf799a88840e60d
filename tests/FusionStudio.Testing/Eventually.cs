namespace FusionStudio.Testing;

/// <summary>
/// Waits for a condition that background work makes true. Bounded, so broken work fails the test instead of
/// hanging it; the bound is a safety net, never an assertion about speed.
/// </summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> read, TimeSpan? within = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The awaited value did not appear within {(within ?? TimeSpan.FromSeconds(60)).TotalSeconds} s.");
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? within = null) =>
        await ValueAsync<object>(async () => await condition() ? new object() : null, within);
}
