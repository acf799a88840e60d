namespace FusionStudio.Simulation.Phrases;

internal static class SpanishPhrases
{
    public static AnswerPhrases Value { get; } = new()
    {
        Language = "es",
        QuoteOpen = "“",
        QuoteClose = "”",
        ConciseOpeners = ["En resumen,", "Brevemente,", "Dicho de forma simple,", "La respuesta corta:"],
        ConciseCore = "todo depende de {0} y de {1}.",
        Closers = ["Esa es la idea central.", "Espero que esto ayude.", "Eso cubre lo esencial.", "En la mayoría de los casos, basta con esto."],
        StepsIntro = "Así se puede abordar {2}, paso a paso:",
        Steps =
        [
            "Precisa qué significa {0} en esta pregunta.",
            "Observa cómo se relaciona {0} con el resto del problema.",
            "Aplica {0} a un caso concreto.",
            "Compara las alternativas en torno a {0}.",
            "Contrasta el resultado para {0} con la pregunta original.",
        ],
        DetailIntro = "{2} es en realidad una pregunta sobre {0} y {1}.",
        DetailPoints =
        [
            "{0} establece el contexto, así que conviene entenderlo primero.",
            "En {0} es donde aparece la mayor diferencia práctica.",
            "La forma en que {0} interactúa con los demás factores es el núcleo del asunto.",
        ],
        Example = "Por ejemplo, en un caso típico con {0}, la respuesta cambia en cuanto cambia {0}.",
        Summary = "En resumen, ten presentes {0} y {1}.",
        CautiousOpening = "Depende de los detalles, pero aquí va una respuesta prudente a {2}.",
        CautiousCore = "En la mayoría de los casos, {0} es el factor decisivo y {1} cumple un papel de apoyo.",
        Caveats =
        [
            "Ten en cuenta que {0} puede variar según el contexto.",
            "Puede que me falten detalles sobre {0} que cambien el panorama.",
            "Verifica esto con una fuente fiable antes de confiar en ello.",
        ],
        FallbackKeywords = ["la idea principal", "el contexto", "los detalles"],
    };
}
