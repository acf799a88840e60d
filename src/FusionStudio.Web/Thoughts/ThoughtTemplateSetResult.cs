namespace FusionStudio.Web.Thoughts;

/// <summary>The new set's id, or why none was made (by request property, as the form and the API name them).</summary>
public sealed record ThoughtTemplateSetResult(int? SetId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => SetId is not null;
}
