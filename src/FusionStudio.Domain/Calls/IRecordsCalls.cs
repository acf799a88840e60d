namespace FusionStudio.Domain.Calls;

/// <summary>A result row produced by model calls: the calls are stored with it, in one transaction.</summary>
public interface IRecordsCalls
{
    List<ModelCall> Calls { get; }
}
