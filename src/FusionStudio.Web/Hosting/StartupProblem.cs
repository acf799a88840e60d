using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FusionStudio.Web.Hosting;

/// <summary>
/// Turns a failure while the process starts into one line naming the problem and the setting to change, instead of
/// a stack trace. Failures it does not recognise stay as they are.
/// </summary>
internal static partial class StartupProblem
{
    public static string? Explain(Exception exception) => exception switch
    {
        StartupProblemException known => known.Message,
        OptionsValidationException invalid => Invalid(invalid),
        InvalidOperationException { Message: var message } when UnreadableSetting().Match(message) is { Success: true } match =>
            Unreadable(match.Groups["value"].Value, match.Groups["path"].Value, match.Groups["type"].Value),
        // Our own checks word their messages around the setting, e.g. "Database:ConnectionString is required ...".
        InvalidOperationException { Message: var message } when NamedSetting().IsMatch(message) => message,
        _ when Database(exception) is { } problem => problem,
        _ => null,
    };

    /// <summary>What a PostgreSQL failure means for the person who configured the connection, or null.</summary>
    public static string? Database(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } refused:
                    return $"PostgreSQL refused the login ({refused.MessageText}): check the user name and password in Database:ConnectionString.";
                case PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } missing:
                    return $"PostgreSQL has no such database ({missing.MessageText}): create it, or fix Database= in Database:ConnectionString.";
                case SocketException socket:
                    return $"PostgreSQL does not answer ({socket.Message}): check that the server is running and Host/Port in Database:ConnectionString.";
            }
        }

        return null;
    }

    private static string Invalid(OptionsValidationException invalid)
    {
        var section = invalid.OptionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
            ?? invalid.OptionsType.Name;
        var problems = invalid.Failures.Select(failure => FailedMember().Match(failure) is { Success: true } match
            ? $"{section}:{match.Groups["member"].Value}: {match.Groups["error"].Value}"
            : $"{section}: {failure}");
        return $"Invalid setting {string.Join("; ", problems)}";
    }

    private static string Unreadable(string value, string path, string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(typeName)).FirstOrDefault(type => type is not null);
        var allowed = type is { IsEnum: true } ? $": use one of {string.Join(", ", Enum.GetNames(type))}" : $": expected a {type?.Name ?? typeName}";
        return $"Invalid setting {path}{(value.Length > 0 ? $" = '{value}'" : "")}{allowed}.";
    }

    [GeneratedRegex(@"configuration value (?:'(?<value>[^']*)' )?at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex UnreadableSetting();

    [GeneratedRegex(@"^[A-Z][A-Za-z]+:[A-Z][A-Za-z]+ ")]
    private static partial Regex NamedSetting();

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$")]
    private static partial Regex FailedMember();
}
