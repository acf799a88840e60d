namespace FusionStudio.Web.Api.Datasets;

/// <summary>How many prompts of a dataset have one value: a language or a task.</summary>
public sealed record DatasetCount(string Value, int Count);
