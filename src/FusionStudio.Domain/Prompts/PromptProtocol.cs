namespace FusionStudio.Domain.Prompts;

/// <summary>
/// The wire format of FusionStudio's fusor and judge prompts: the tags that mark candidates for a fusor and responses
/// for a judge, and the JSON object a judge answers with. The engine writes prompts and parses verdicts with it; the
/// simulated provider reads the same tags and answers in the same JSON, so its answers go through the real parsers.
/// Real models simply read the tags as delimiters.
/// </summary>
public static class PromptProtocol
{
    /// <summary>Opens a numbered candidate of a fusion request: <c>&lt;candidate id="1"&gt;</c>.</summary>
    public const string CandidateOpenTagFormat = "<candidate id=\"{0}\">";

    public const string CandidateCloseTag = "</candidate>";

    /// <summary>Opens a numbered reference of a Mixture-of-Agents proposer request: <c>&lt;reference id="1"&gt;</c>.</summary>
    public const string ReferenceOpenTagFormat = "<reference id=\"{0}\">";

    public const string ReferenceCloseTag = "</reference>";

    /// <summary>Wraps the single response that a pointwise judge scores.</summary>
    public const string ResponseOpenTag = "<response>";

    public const string ResponseCloseTag = "</response>";

    /// <summary>Wrap the two responses that a pairwise judge compares.</summary>
    public const string ResponseAOpenTag = "<response_a>";

    public const string ResponseACloseTag = "</response_a>";

    public const string ResponseBOpenTag = "<response_b>";

    public const string ResponseBCloseTag = "</response_b>";

    /// <summary>Tags one numbered best past answer of a thought summarizer request: <c>&lt;past_answer id="1"&gt;</c>.</summary>
    public const string PastAnswerTag = "past_answer";

    /// <summary>Tags one numbered thought template given as a hint in a generation request: <c>&lt;hint id="1"&gt;</c>.</summary>
    public const string HintTag = "hint";

    /// <summary>JSON field names of a judge's answer: <c>{"rationale": "...", "score": 7}</c> or <c>{"rationale": "...", "winner": "A"}</c>.</summary>
    public const string RationaleField = "rationale";

    public const string ScoreField = "score";

    public const string WinnerField = "winner";

    public const string WinnerA = "A";

    public const string WinnerB = "B";

    public const string WinnerTie = "tie";

    public const int MinScore = 1;

    public const int MaxScore = 10;

    /// <summary>Formats one candidate block of a fusion request.</summary>
    public static string Candidate(int id, string text) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, CandidateOpenTagFormat, id) + "\n" + text + "\n" + CandidateCloseTag;

    /// <summary>Formats one reference block of a Mixture-of-Agents proposer request.</summary>
    public static string Reference(int id, string text) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, ReferenceOpenTagFormat, id) + "\n" + text + "\n" + ReferenceCloseTag;
    /// <summary>Formats one numbered block of a tag, e.g. <c>&lt;hint id="2"&gt;…&lt;/hint&gt;</c>.</summary>
    public static string Numbered(string tag, int id, string text) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<{tag} id=\"{id}\">\n{text}\n</{tag}>");

    /// <summary>Formats the response block of a pointwise judge request.</summary>
    public static string Response(string text) => ResponseOpenTag + "\n" + text + "\n" + ResponseCloseTag;

    /// <summary>Formats the two response blocks of a pairwise judge request.</summary>
    public static string ResponsePair(string a, string b) =>
        ResponseAOpenTag + "\n" + a + "\n" + ResponseACloseTag + "\n\n" + ResponseBOpenTag + "\n" + b + "\n" + ResponseBCloseTag;
}
