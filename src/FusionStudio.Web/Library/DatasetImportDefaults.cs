namespace FusionStudio.Web.Library;

/// <summary>The language and task of prompts whose line does not give one.</summary>
public sealed record DatasetImportDefaults(string Language = "en", string Task = "general");
