namespace FusionStudio.Simulation.Phrases;

internal static class ChinesePhrases
{
    public static AnswerPhrases Value { get; } = new()
    {
        Language = "zh",
        QuoteOpen = "“",
        QuoteClose = "”",
        SentenceJoiner = "",
        ConciseOpeners = ["简而言之，", "简单来说，", "一句话，", "简短的回答是："],
        ConciseCore = "关键在于{0}和{1}。",
        Closers = ["这就是要点。", "希望对你有帮助。", "以上就是核心内容。", "大多数情况下这就足够了。"],
        StepsIntro = "可以按以下步骤来处理{2}：",
        Steps =
        [
            "先弄清{0}在这个问题中的含义。",
            "看看{0}与问题其余部分的联系。",
            "用一个具体例子来推演{0}。",
            "比较与{0}相关的几种做法。",
            "对照原问题检查关于{0}的结论。",
        ],
        DetailIntro = "{2}本质上是关于{0}和{1}的问题。",
        DetailPoints =
        [
            "{0}决定了背景，值得先弄明白。",
            "实际差别主要体现在{0}上。",
            "{0}与其他因素如何相互作用，是问题的核心。",
        ],
        Example = "举个例子：在涉及{0}的典型情况下，{0}一变，答案也随之改变。",
        Summary = "总之，要同时关注{0}和{1}。",
        CautiousOpening = "这要看具体情况，不过下面是关于{2}的一个谨慎回答。",
        CautiousCore = "多数情况下{0}是决定性因素，{1}起辅助作用。",
        Caveats =
        [
            "请注意，{0}可能因情况而异。",
            "我可能遗漏了关于{0}的一些细节。",
            "在依赖这些信息之前，请通过可靠来源核实。",
        ],
        FallbackKeywords = ["核心思想", "背景", "细节"],
    };
}
