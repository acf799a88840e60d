namespace FusionStudio.BrowserTests;

/// <summary>Where the browser tests leave their pictures: beside the test binaries, for people to look at.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string PathFor(string name)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, name + ".png");
    }
}
