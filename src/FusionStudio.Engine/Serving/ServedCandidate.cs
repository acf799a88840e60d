using FusionStudio.Engine.Gateway;

namespace FusionStudio.Engine.Serving;

/// <summary>One teacher's answer to a served request, or why it was left out (failed, or missed the deadline).</summary>
public sealed record ServedCandidate(ServedTeacher Teacher, ModelCallResult Result)
{
    public bool Succeeded => Result.Succeeded;
}
