namespace FusionStudio.Simulation.Phrases;

internal static class FrenchPhrases
{
    public static AnswerPhrases Value { get; } = new()
    {
        Language = "fr",
        QuoteOpen = "« ",
        QuoteClose = " »",
        ConciseOpeners = ["En bref,", "Pour faire court,", "Simplement dit,", "La réponse courte :"],
        ConciseCore = "tout dépend de {0} et de {1}.",
        Closers = ["Voilà l'essentiel.", "J'espère que cela aide.", "Cela couvre l'essentiel.", "Dans la plupart des cas, cela suffit."],
        StepsIntro = "Voici comment aborder {2}, étape par étape :",
        Steps =
        [
            "Précisez ce que {0} signifie dans cette question.",
            "Regardez comment {0} se rattache au reste du problème.",
            "Appliquez {0} à un cas concret.",
            "Comparez les alternatives autour de {0}.",
            "Vérifiez le résultat pour {0} par rapport à la question initiale.",
        ],
        DetailIntro = "{2} est au fond une question de {0} et de {1}.",
        DetailPoints =
        [
            "{0} pose le contexte, il vaut donc la peine de le comprendre d'abord.",
            "C'est sur {0} que se joue l'essentiel de la différence pratique.",
            "La façon dont {0} interagit avec les autres facteurs est le cœur du sujet.",
        ],
        Example = "Par exemple, dans un cas typique impliquant {0}, la réponse change dès que {0} change.",
        Summary = "En résumé, gardez {0} et {1} à l'esprit.",
        CautiousOpening = "Cela dépend des détails, mais voici une réponse prudente à {2}.",
        CautiousCore = "Dans la plupart des cas, {0} est le facteur décisif, et {1} joue un rôle d'appui.",
        Caveats =
        [
            "Gardez à l'esprit que {0} peut varier selon le contexte.",
            "Il me manque peut-être des détails sur {0} qui changeraient la donne.",
            "Vérifiez ceci auprès d'une source fiable avant de vous y fier.",
        ],
        FallbackKeywords = ["l'idée principale", "le contexte", "les détails"],
    };
}
