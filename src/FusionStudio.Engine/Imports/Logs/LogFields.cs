namespace FusionStudio.Engine.Imports.Logs;

/// <summary>The field names of a log record; the same in JSON Lines and as CSV column names.</summary>
public static class LogFields
{
    public const string Query = "query";
    public const string Messages = "messages";
    public const string QueryId = "query_id";
    public const string Model = "model";
    public const string Response = "response";
    public const string Score = "score";
    public const string Cost = "cost";
    public const string InputTokens = "input_tokens";
    public const string OutputTokens = "output_tokens";
    public const string LatencyMs = "latency_ms";
    public const string Task = "task";
    public const string Language = "language";

    /// <summary>The query's reference answer (routing logs call it <c>ground_truth</c>).</summary>
    public const string Reference = "reference";

    public const int MaxModelLength = 200;
    public const int MaxQueryIdLength = 200;
    public const int MaxTaskLength = 100;
    public const int MaxLanguageLength = LanguageTags.MaxLength;
}
