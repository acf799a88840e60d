namespace FusionStudio.Engine.Imports;

/// <summary>Issues of one kind: the first ones listed, all of them counted; whole-file issues go first.</summary>
internal sealed class ImportIssueList(int maxListed)
{
    private readonly List<ImportIssue> _listed = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportIssue> Listed => _listed;

    public void Add(ImportIssue issue)
    {
        Count++;
        if (issue.Line == 0)
        {
            _listed.Insert(0, issue);
        }
        else if (_listed.Count < maxListed)
        {
            _listed.Add(issue);
        }
    }
}
