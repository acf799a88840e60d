using System.Runtime.CompilerServices;

namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>Finds the repository's top folder: the one that holds FusionStudio.sln.</summary>
internal static class RepositoryRoot
{
    private const string Marker = "FusionStudio.sln";

    public static string Find() =>
        FindAbove(AppContext.BaseDirectory)
        // Built with --artifacts-path, the test binaries live outside the repository: then start from this source file.
        ?? FindAbove(Path.GetDirectoryName(ThisSourceFile()) ?? string.Empty)
        ?? throw new InvalidOperationException($"No {Marker} above {AppContext.BaseDirectory} or {ThisSourceFile()}.");

    public static string PathTo(params string[] parts) => Path.Combine([Find(), .. parts]);

    private static string? FindAbove(string start)
    {
        for (var folder = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string ThisSourceFile([CallerFilePath] string path = "") => path;
}
