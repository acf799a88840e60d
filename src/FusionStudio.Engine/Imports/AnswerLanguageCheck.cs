namespace FusionStudio.Engine.Imports;

/// <summary>
/// The answer-language check: a candidate or fused answer whose letters do not fit its prompt's language (English
/// text for an Arabic prompt) is flagged "wrong script/language". No model call: the same script check the
/// importer runs on prompts. The prompt page, the report's counts and the export filter all ask this one check.
/// </summary>
public static class AnswerLanguageCheck
{
    /// <summary>Why the answer does not fit the prompt's language, or null when it does (or says too little to tell).</summary>
    public static string? Problem(string? answer, string language) =>
        string.IsNullOrWhiteSpace(answer) ? null : LanguageScriptCheck.Check(answer, language);

    public static bool IsWrong(string? answer, string language) => Problem(answer, language) is not null;
}
