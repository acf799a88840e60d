namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>A run and the judge and pointwise template whose scores count in it (none when the run has no judge).</summary>
public sealed record JudgedScope(int RunId, int? JudgeTeacherId, int? TemplateVersionId)
{
    public static JudgedScope Of(RunContext run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new JudgedScope(run.Run.Id, run.Judge?.Teacher.Id, run.PointwiseTemplate?.Id);
    }
}
