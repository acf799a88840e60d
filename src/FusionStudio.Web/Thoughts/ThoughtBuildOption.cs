namespace FusionStudio.Web.Thoughts;

/// <summary>One entry of a select on the build form: a teacher, a template or a provider.</summary>
public sealed record ThoughtBuildOption(int Id, string Label);
