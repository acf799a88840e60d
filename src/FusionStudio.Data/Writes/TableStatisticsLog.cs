using Microsoft.Extensions.Logging;

namespace FusionStudio.Data.Writes;

internal static partial class TableStatisticsLog
{
    [LoggerMessage(EventId = 128400, Level = LogLevel.Debug, Message = "Analyzed {Table} for the plans of a growing run")]
    public static partial void Analyzed(ILogger logger, string table);

    [LoggerMessage(EventId = 128401, Level = LogLevel.Warning, Message = "Analyzing {Table} failed; its statistics stay as they were")]
    public static partial void AnalyzeFailed(ILogger logger, Exception exception, string table);
}
