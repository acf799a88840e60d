namespace FusionStudio.Web.Demo;

/// <summary>The demo dataset: twelve prompts in eight languages, one right-to-left and two CJK scripts among them.</summary>
internal static class DemoPrompts
{
    public static IReadOnlyList<DemoPrompt> All { get; } =
    [
        new("en", "explanation", "Explain why the sky is blue to a curious ten-year-old."),
        new("en", "coding", "Write a Python function that checks whether a string is a palindrome, ignoring spaces and case."),
        new("de", "advice", "Wie bereite ich mich am besten auf ein Vorstellungsgespräch für eine Stelle als Datenanalyst vor?"),
        new("de", "explanation", "Was ist der Unterschied zwischen Wetter und Klima?"),
        new("fr", "writing", "Rédige un court message pour remercier une collègue qui m'a aidé sur un projet difficile."),
        new("fr", "explanation", "Pourquoi la pâte à pain lève-t-elle ?"),
        new("es", "advice", "¿Qué debo tener en cuenta al elegir mi primera bicicleta para ir al trabajo?"),
        new("ar", "explanation", "ما الفرق بين الطاقة المتجددة والطاقة غير المتجددة؟ اذكر أمثلة."),
        new("ar", "advice", "كيف يمكنني تحسين نومي خلال فترة الامتحانات؟"),
        new("zh", "explanation", "请用简单的语言解释什么是机器学习。"),
        new("ja", "writing", "春をテーマにした短い俳句を三つ作ってください。"),
        new("hi", "advice", "घर पर पानी की बचत करने के पाँच आसान तरीके बताइए।"),
    ];
}
