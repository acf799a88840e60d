using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FusionStudio.Web.Markdown;

namespace FusionStudio.UnitTests.Markdown;

public sealed class AnswerMarkdownTests
{
    private static readonly AnswerMarkdown _markdown = new();

    [Fact]
    public void Markdown_becomes_html()
    {
        var html = Parse("## Steps\n\n1. **Sleep** well\n2. Use `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        Assert.Equal("Steps", html.QuerySelector("h2")!.TextContent);
        Assert.Equal(2, html.QuerySelectorAll("ol li").Length);
        Assert.Equal("Sleep", html.QuerySelector("strong")!.TextContent);
        Assert.Equal("code", html.QuerySelector("code")!.TextContent);
        Assert.NotNull(html.QuerySelector("table td"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Before <img src=x onerror=alert(1)> after")]
    [InlineData("<iframe src=\"/evil\"></iframe>")]
    [InlineData("<div onclick=\"alert(1)\">click</div>")]
    [InlineData("<a href=\"javascript:alert(1)\">raw link</a>")]
    [InlineData("```html\n<script>alert(1)</script>\n```")]
    [InlineData("<svg onload=alert(1)><circle r=1 /></svg>")]
    public void Raw_html_shows_as_text_and_never_as_elements(string markdown)
    {
        var html = Parse(markdown);

        AssertHarmless(html);
        Assert.Empty(html.QuerySelectorAll("script, iframe, img, svg, div, a"));
        Assert.Contains(markdown.Split('\n').First(l => l.Contains('<', StringComparison.Ordinal)).Trim(), html.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](javascript&#58;alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](/admin/users)")]
    public void Unsafe_or_relative_links_lose_their_target(string markdown)
    {
        var html = Parse(markdown);

        AssertHarmless(html);
        var link = html.QuerySelector("a");
        Assert.True(link is null || link.GetAttribute("href") is null, link?.OuterHtml);
        Assert.Contains("click", html.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_links_open_in_a_new_tab_without_referrer()
    {
        var link = Parse("See [the docs](https://example.com/a?b=1) or https://example.org.").QuerySelectorAll("a");

        Assert.Equal(2, link.Length);
        Assert.Equal("https://example.com/a?b=1", link[0].GetAttribute("href"));
        Assert.All(link, a => Assert.Equal("noopener noreferrer nofollow", a.GetAttribute("rel")));
        Assert.All(link, a => Assert.Equal("_blank", a.GetAttribute("target")));
    }

    [Fact]
    public void Images_are_not_loaded_but_linked_with_their_alt_text()
    {
        var html = Parse("Look: ![a chart of sales](https://tracker.example/pixel.png) and ![](https://tracker.example/2.png)");

        Assert.Empty(html.QuerySelectorAll("img"));
        var links = html.QuerySelectorAll("a");
        Assert.Equal("Image: a chart of sales", links[0].TextContent);
        Assert.Equal("https://tracker.example/pixel.png", links[0].GetAttribute("href"));
        Assert.Equal("Image", links[1].TextContent);
    }

    [Fact]
    public void Empty_text_gives_empty_html() => Assert.Equal("", _markdown.ToHtml(null) + _markdown.ToHtml(""));

    private static IElement Parse(string markdown)
    {
        var document = new HtmlParser().ParseDocument("<body></body>");
        var body = document.Body!;
        body.InnerHtml = _markdown.ToHtml(markdown);
        return body;
    }

    private static void AssertHarmless(IElement html)
    {
        foreach (var element in html.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "style" or "srcdoc" or "src");
        }
    }
}
