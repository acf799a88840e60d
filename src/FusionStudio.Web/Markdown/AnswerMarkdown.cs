using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FusionStudio.Web.Markdown;

/// <summary>
/// Turns model text (answers, prompts, rationales) into HTML that is safe to put on a page. Markdig renders with raw
/// HTML disabled, so any tag a model writes shows as text; HtmlSanitizer then checks the result as a second line of
/// defence. Images are never loaded (a model could track readers with them): each becomes a link with its alt text.
/// Links open in a new tab, without referrer or opener, and only http, https and mailto links keep their target.
/// Both the pipeline and the sanitizer are configured once and are safe to share between threads.
/// </summary>
public sealed class AnswerMarkdown
{
    private static readonly string[] _unsafeTags = ["img", "input", "button", "select", "textarea", "form", "option", "optgroup", "label", "fieldset", "legend", "area", "map"];
    private static readonly string[] _safeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage).ToList())
        {
            ShowAsLink(image);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return _sanitizer.Sanitize(writer.ToString());
    }

    private static void ShowAsLink(LinkInline image)
    {
        image.IsImage = false;
        var label = new LiteralInline(image.FirstChild is null ? "Image" : "Image: ");
        if (image.FirstChild is { } first)
        {
            first.InsertBefore(label);
        }
        else
        {
            image.AppendChild(label);
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in _unsafeTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in _safeSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Remove("id");
        sanitizer.AllowedAttributes.Remove("name");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                MakeSafe(link);
            }
        };
        return sanitizer;
    }

    private static void MakeSafe(AngleSharp.Dom.IElement link)
    {
        // Relative links would point into this app, with the reader's session: keep only absolute ones.
        var href = link.GetAttribute("href");
        if (href is null || !Uri.TryCreate(href, UriKind.Absolute, out var uri) || !_safeSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            link.RemoveAttribute("href");
        }

        link.SetAttribute("rel", "noopener noreferrer nofollow");
        link.SetAttribute("target", "_blank");
    }
}
