namespace FusionStudio.Simulation.Phrases;

internal static class GermanPhrases
{
    public static AnswerPhrases Value { get; } = new()
    {
        Language = "de",
        QuoteOpen = "„",
        QuoteClose = "“",
        ConciseOpeners = ["Kurz gesagt:", "Knapp formuliert:", "Einfach gesagt:", "Die kurze Antwort:"],
        ConciseCore = "Es kommt auf {0} und {1} an.",
        Closers = ["Das ist der Kern.", "Ich hoffe, das hilft.", "Damit ist das Wesentliche gesagt.", "Mehr braucht es meist nicht."],
        StepsIntro = "So gehen Sie {2} Schritt für Schritt an:",
        Steps =
        [
            "Klären Sie, was {0} in dieser Frage bedeutet.",
            "Prüfen Sie, wie {0} mit dem Rest des Problems zusammenhängt.",
            "Spielen Sie {0} an einem konkreten Fall durch.",
            "Vergleichen Sie die Alternativen rund um {0}.",
            "Gleichen Sie das Ergebnis für {0} mit der ursprünglichen Frage ab.",
        ],
        DetailIntro = "Bei {2} geht es eigentlich um {0} und {1}.",
        DetailPoints =
        [
            "{0} bildet den Rahmen und sollte zuerst verstanden werden.",
            "Bei {0} zeigt sich der größte praktische Unterschied.",
            "Wie {0} mit den übrigen Faktoren zusammenwirkt, ist der Kern der Sache.",
        ],
        Example = "Ein Beispiel: In einem typischen Fall mit {0} ändert sich die Antwort, sobald sich {0} ändert.",
        Summary = "Zusammengefasst: Behalten Sie {0} und {1} im Blick.",
        CautiousOpening = "Das hängt von den Details ab, aber hier ist eine vorsichtige Antwort auf {2}.",
        CautiousCore = "Meist ist {0} entscheidend, {1} spielt eine unterstützende Rolle.",
        Caveats =
        [
            "Beachten Sie, dass {0} je nach Kontext variieren kann.",
            "Möglicherweise fehlen mir Details zu {0}, die das Bild ändern.",
            "Bitte prüfen Sie das anhand einer verlässlichen Quelle.",
        ],
        FallbackKeywords = ["der Grundgedanke", "der Kontext", "die Details"],
    };
}
