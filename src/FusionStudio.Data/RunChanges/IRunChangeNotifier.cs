namespace FusionStudio.Data.RunChanges;

/// <summary>
/// Tells open pages that a run moved: a prompt changed stage or the run changed status. Called by whoever wrote the
/// change, after writing it; cheap and non-blocking, since the notices are coalesced and sent in the background.
/// </summary>
public interface IRunChangeNotifier
{
    void Changed(int runId);
}
