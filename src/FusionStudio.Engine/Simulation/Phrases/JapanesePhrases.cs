namespace FusionStudio.Engine.Simulation.Phrases;

internal static class JapanesePhrases
{
    public static AnswerPhrases Value { get; } = new()
    {
        Language = "ja",
        QuoteOpen = "「",
        QuoteClose = "」",
        SentenceJoiner = "",
        ConciseOpeners = ["要するに、", "簡単に言えば、", "一言でいうと、", "短く答えると、"],
        ConciseCore = "ポイントは{0}と{1}です。",
        Closers = ["これが要点です。", "参考になれば幸いです。", "基本的にはこれで十分です。", "多くの場合、これで足ります。"],
        StepsIntro = "{2}には、次の手順で取り組めます。",
        Steps =
        [
            "まず、この質問で{0}が何を指すかを確認します。",
            "{0}が問題の他の部分とどう関わるかを見ます。",
            "具体的な例で{0}を考えてみます。",
            "{0}に関する選択肢を比較します。",
            "{0}についての結論を元の質問と照らし合わせます。",
        ],
        DetailIntro = "{2}は、実のところ{0}と{1}についての質問です。",
        DetailPoints =
        [
            "{0}は前提となるので、最初に理解しておく価値があります。",
            "実際の違いが最も表れるのは{0}です。",
            "{0}が他の要因とどう作用し合うかが核心です。",
        ],
        Example = "例えば、{0}が関わる典型的なケースでは、{0}が変われば答えも変わります。",
        Summary = "まとめると、{0}と{1}を意識しておくことが大切です。",
        CautiousOpening = "詳細によって変わりますが、{2}について慎重にお答えします。",
        CautiousCore = "多くの場合、決め手になるのは{0}で、{1}は補助的な役割です。",
        Caveats =
        [
            "{0}は状況によって異なる場合がある点に注意してください。",
            "{0}について見落としている点があるかもしれません。",
            "頼りにする前に、信頼できる情報源で確認してください。",
        ],
        FallbackKeywords = ["主な考え方", "前提", "詳細"],
        FusionSynthesis = "総合すると、これら{0}件の回答は上記の点で一致しています。",
    };
}
