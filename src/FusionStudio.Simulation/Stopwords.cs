namespace FusionStudio.Simulation;

/// <summary>Common words that say which language a text is in and are never keywords of a question.</summary>
internal static class Stopwords
{
    private static readonly HashSet<string> s_english = Set(
        "the a an and or but is are was were be been what why how when where which who whom does do did can could "
        + "should would will shall may might must of in on at to for from with about into over than then that this "
        + "these those it its there their they them you your i me my we our us he she his her not no yes if so "
        + "as by explain describe tell give please between some many much more most very during after before while "
        + "through under again also just only other such each every any all both here has have had");

    private static readonly HashSet<string> s_german = Set(
        "der die das und oder aber ist sind war waren ein eine einen einem einer was warum wie wann wo welche wer "
        + "nicht mit von zu für auf im in den dem des sich ich du sie wir es bitte erkläre zwischen bei auch noch nur "
        + "kann können wird werden hat haben dass zum zur vom aus nach über unter");

    private static readonly HashSet<string> s_french = Set(
        "le la les un une des et ou mais est sont était que qui quoi pourquoi comment quand où quel quelle ne pas est-il est-ce "
        + "avec pour sur dans du de au aux ce cette ces je tu il elle nous vous ils elles expliquez entre");

    private static readonly HashSet<string> s_spanish = Set(
        "el la los las un una unos unas y o pero es son era que qué por porqué cómo cuándo dónde cuál quién no con "
        + "para sobre en del al este esta estos yo tú él ella nosotros ellos explica entre");

    // Only for keywords: Arabic and Hindi are recognised by their script.
    private static readonly HashSet<string> s_arabic = Set(
        "لماذا ماذا كيف متى أين هل ما من في على إلى عن هو هي هذا هذه أن التي الذي كان يكون مع");

    private static readonly HashSet<string> s_hindi = Set(
        "क्यों क्या कैसे कब कहाँ है हैं होता होती होते का की के में से को और यह वह एक पर था थी");

    public static IReadOnlySet<string> For(string language) => language switch
    {
        "de" => s_german,
        "fr" => s_french,
        "es" => s_spanish,
        _ => s_english,
    };

    /// <summary>True when the word is a stopword of any language we know; keywords skip all of them.</summary>
    public static bool IsStopword(string word)
    {
        var lower = word.ToLowerInvariant();
        return s_english.Contains(lower) || s_german.Contains(lower) || s_french.Contains(lower) || s_spanish.Contains(lower)
            || s_arabic.Contains(lower) || s_hindi.Contains(lower);
    }

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
