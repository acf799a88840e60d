using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Prompts;
using FusionStudio.Web.Markdown;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Components;

public sealed class ComparisonCardTests : MudTestContext
{
    public ComparisonCardTests() => Services.AddSingleton(new AnswerMarkdown());

    [Fact]
    public void Each_orders_rationale_is_text_with_the_letters_of_that_order_named()
    {
        var comparison = new Comparison
        {
            MethodA = AggregationMethod.FusionOfN,
            MethodB = AggregationMethod.BestOfN,
            Language = "en",
            Task = "general",
            // A first: the judge's A is Fusion-of-N. B first: its A is Best-of-N, so "Response A" means Best-of-N.
            RawAnswerAFirst = """{"rationale": "Response A is more complete than response B.", "winner": "A"}""",
            RawAnswerBFirst = "```json\n{\"rationale\": \"Response B covers more than Response A; [[B]].\", \"winner\": \"B\"}\n```",
            VerdictAFirst = PairVerdict.A,
            VerdictBFirst = PairVerdict.A,
            Final = PairVerdict.A,
        };

        var card = Render<ComparisonCard>(p => p.Add(c => c.Comparison, comparison).Add(c => c.Usage, new ModelCallUsage()));

        Assert.Equal("Fusion-of-N is more complete than Best-of-N.", card.Find("[data-testid=rationale-a-first]").TextContent.Trim());
        Assert.Equal("Fusion-of-N covers more than Best-of-N; Fusion-of-N.", card.Find("[data-testid=rationale-b-first]").TextContent.Trim());
        Assert.DoesNotContain("{", card.Find("[data-testid=comparison]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_the_parser_cannot_read_is_shown_as_it_came()
    {
        var comparison = new Comparison
        {
            MethodA = AggregationMethod.FusionOfN,
            MethodB = AggregationMethod.Mbr,
            Language = "en",
            Task = "general",
            RawAnswerAFirst = "I cannot decide.",
        };

        var card = Render<ComparisonCard>(p => p.Add(c => c.Comparison, comparison).Add(c => c.Usage, new ModelCallUsage()));

        Assert.Equal("I cannot decide.", card.Find("[data-testid=rationale-a-first]").TextContent.Trim());
    }
}
