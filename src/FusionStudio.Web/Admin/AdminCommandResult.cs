namespace FusionStudio.Web.Admin;

/// <summary>The outcome of a change to people or roles: done, or the reasons it was refused.</summary>
public sealed record AdminCommandResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AdminCommandResult Done { get; } = new(true, []);

    public static AdminCommandResult Failed(params IEnumerable<string> errors) => new(false, errors.ToList());
}
