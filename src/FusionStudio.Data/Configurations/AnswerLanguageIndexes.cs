namespace FusionStudio.Data.Configurations;

/// <summary>The filter of the partial indexes of answers the report has yet to check, in SQL both databases run.</summary>
internal static class AnswerLanguageIndexes
{
    /// <summary>Answers with a text but no stored flag: written before the flag was stored. Empty once checked.</summary>
    public const string Unchecked = "\"WrongLanguage\" IS NULL AND \"Text\" IS NOT NULL";
}
