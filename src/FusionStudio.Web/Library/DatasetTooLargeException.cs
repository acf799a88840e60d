namespace FusionStudio.Web.Library;

/// <summary>An import's input went past <see cref="DatasetImportLimits.MaxFileBytes"/>.</summary>
public sealed class DatasetTooLargeException() : IOException(DatasetImportLimits.FileTooLargeMessage);
