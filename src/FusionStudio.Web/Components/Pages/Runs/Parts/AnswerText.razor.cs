using FusionStudio.Web.Markdown;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Runs.Parts;

/// <summary>One block of model text. The Markdown is rendered only when the text changes, not on every render.</summary>
public partial class AnswerText
{
    private string? _renderedText;
    private MarkupString _html;

    [Parameter]
    public string? Text { get; set; }

    [Parameter]
    public string Empty { get; set; } = "(no text)";

    [Parameter]
    public string? MaxHeight { get; set; }

    [Parameter]
    public string? TestId { get; set; }

    /// <summary>Show the text as it is (for example a judge's raw JSON), not as Markdown.</summary>
    [Parameter]
    public bool Plain { get; set; }

    [Inject]
    private AnswerMarkdown Markdown { get; set; } = default!;

    private string BoxStyle => $"max-height:{MaxHeight ?? "none"}";

    protected override void OnParametersSet()
    {
        if (!Plain && Text != _renderedText)
        {
            _html = new MarkupString(Markdown.ToHtml(Text));
            _renderedText = Text;
        }
    }
}
