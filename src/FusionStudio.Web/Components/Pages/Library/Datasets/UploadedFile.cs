namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>
/// An uploaded file kept on the server's disk while a person previews it, so the preview and the import each stream it
/// again without holding it in memory. Deleted when the page goes away.
/// </summary>
internal sealed class UploadedFile(string name, string path, long bytes) : IDisposable
{
    public string Name { get; } = name;

    public long Bytes { get; } = bytes;

    public Stream OpenRead() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public static async Task<UploadedFile> SaveAsync(string name, Stream source, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "fusionstudio-uploads"));
        var path = Path.Combine(folder.FullName, Guid.NewGuid().ToString("N"));
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        return new UploadedFile(name, path, new FileInfo(path).Length);
    }

    public void Dispose() => File.Delete(path);
}
