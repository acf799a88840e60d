namespace FusionStudio.Web.Runs.Matrix;

public enum WordDiffKind
{
    Same,
    Added,
    Removed,
}
