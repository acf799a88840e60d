namespace FusionStudio.Web.Hosting;

/// <summary>The demo workspace of the embedded default. Section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Seed the demo workspace and a demo admin. Unset: on for SQLite, off for PostgreSQL.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Email of the demo admin created on first start when nobody can log in yet.</summary>
    public string AdminEmail { get; set; } = "admin@fusionstudio.local";
}
