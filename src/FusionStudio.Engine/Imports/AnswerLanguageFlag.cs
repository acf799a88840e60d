using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// Stores <see cref="AnswerLanguageCheck"/>'s outcome with an answer, from the text already in memory, so the report
/// counts flags instead of reading every text again (decision 0016). Every writer of a candidate's or a method's
/// answer text calls it once the text is final, with the prompt's language. An answer without text (a failed call)
/// has nothing to check and keeps no flag.
/// </summary>
public static class AnswerLanguageFlag
{
    public static TAnswer WithLanguageFlag<TAnswer>(this TAnswer answer, string language)
        where TAnswer : IStoredAnswer
    {
        ArgumentNullException.ThrowIfNull(answer);
        answer.WrongLanguage = answer.Text is null ? null : AnswerLanguageCheck.IsWrong(answer.Text, language);
        return answer;
    }
}
