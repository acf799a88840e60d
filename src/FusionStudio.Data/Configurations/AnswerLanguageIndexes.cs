namespace FusionStudio.Data.Configurations;

/// <summary>The filters of the partial indexes behind the report's answer-language counts, in SQL both databases run.</summary>
internal static class AnswerLanguageIndexes
{
    /// <summary>Answers with a text: the ones the report counts.</summary>
    public const string Answered = "\"Text\" IS NOT NULL";

    /// <summary>Answers with a text but no stored flag: written before the flag was stored. Empty once checked.</summary>
    public const string Unchecked = "\"WrongLanguage\" IS NULL AND \"Text\" IS NOT NULL";
}
