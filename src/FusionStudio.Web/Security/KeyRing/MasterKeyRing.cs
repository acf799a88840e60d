namespace FusionStudio.Web.Security.KeyRing;

/// <summary>The master key that encrypts new key-ring entries, and the earlier ones that may still decrypt old entries.</summary>
public sealed class MasterKeyRing(MasterKey current, IReadOnlyList<MasterKey> previous)
{
    public MasterKey Current { get; } = current;

    public IReadOnlyList<MasterKey> Previous { get; } = previous;

    public MasterKey? Find(string id) =>
        Current.Id == id ? Current : Previous.FirstOrDefault(key => key.Id == id);
}
