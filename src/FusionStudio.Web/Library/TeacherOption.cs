namespace FusionStudio.Web.Library;

/// <summary>A teacher as the pool form's select offers it.</summary>
public sealed record TeacherOption(int Id, string Name, string Model);
