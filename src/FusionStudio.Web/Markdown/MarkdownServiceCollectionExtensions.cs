namespace FusionStudio.Web.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    /// <summary>The renderer that shows model text as sanitized Markdown.</summary>
    public static IServiceCollection AddAnswerMarkdown(this IServiceCollection services) => services.AddSingleton<AnswerMarkdown>();
}
