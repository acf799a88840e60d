namespace FusionStudio.Simulation.Phrases;

internal static class EnglishPhrases
{
    public static AnswerPhrases Value { get; } = new()
    {
        Language = "en",
        QuoteOpen = "“",
        QuoteClose = "”",
        ConciseOpeners = ["In short,", "Briefly,", "Put simply,", "The short answer:"],
        ConciseCore = "it comes down to {0} and {1}.",
        Closers = ["That is the gist.", "Hope this helps.", "That covers the essentials.", "For most cases nothing more is needed."],
        StepsIntro = "Here is how to approach {2}, step by step:",
        Steps =
        [
            "Pin down what {0} means in this question.",
            "Look at how {0} connects to the rest of the problem.",
            "Work through {0} with one concrete case.",
            "Compare the alternatives around {0}.",
            "Check the outcome for {0} against the original question.",
        ],
        DetailIntro = "{2} is really a question about {0} and {1}.",
        DetailPoints =
        [
            "{0} sets the context, so it is worth understanding first.",
            "{0} is where most of the practical difference shows up.",
            "The way {0} interacts with the other factors is the heart of the matter.",
        ],
        Example = "For example, in a typical case involving {0}, the answer changes as soon as {0} changes.",
        Summary = "In summary, keep {0} and {1} in view.",
        CautiousOpening = "It depends on the details, but here is a careful answer to {2}.",
        CautiousCore = "In most cases {0} is the deciding factor, with {1} playing a supporting role.",
        Caveats =
        [
            "Keep in mind that {0} can vary with context.",
            "I may be missing details about {0} that change the picture.",
            "Please verify this with a reliable source before relying on it.",
        ],
        FallbackKeywords = ["the main idea", "the context", "the details"],
    };
}
