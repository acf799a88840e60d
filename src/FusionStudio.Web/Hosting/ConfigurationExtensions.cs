using FusionStudio.Data;

namespace FusionStudio.Web.Hosting;

internal static class ConfigurationExtensions
{
    /// <summary>Reads a section as its options type, for the few settings needed while services are registered.</summary>
    public static T GetOptions<T>(this IConfiguration configuration, string section)
        where T : new() =>
        configuration.GetSection(section).Get<T>() ?? new T();

    public static DatabaseOptions GetDatabaseOptions(this IConfiguration configuration) =>
        configuration.GetOptions<DatabaseOptions>(DatabaseOptions.SectionName);

    public static HostingOptions GetHostingOptions(this IConfiguration configuration) =>
        configuration.GetOptions<HostingOptions>(HostingOptions.SectionName);
}
