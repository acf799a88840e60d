using FusionStudio.Engine.Imports;
using FusionStudio.Web.Components.Pages.Runs.Parts;

namespace FusionStudio.UnitTests.Navigation;

public sealed class WordsTests
{
    [Fact]
    public void Times_are_written_in_utc_and_say_so()
    {
        var at = new DateTimeOffset(2026, 12, 5, 16, 30, 0, TimeSpan.FromHours(2));

        Assert.Equal("2026-12-05 14:30 UTC", RunText.Time(at));
    }

    [Fact]
    public void The_paste_box_counts_the_prompts_the_import_stores()
    {
        const string pasted = "What is 2 + 2?\r\n\r\n  \nTranslate 'cat' to German\rSummarise this\n";
        var parsed = new DatasetFileParser(new ImportLimits()).ParsePasted(pasted, new ImportSettings());

        Assert.Equal(3, PastedPrompts.Count(pasted));
        Assert.Equal(parsed.Prompts.Count, PastedPrompts.Count(pasted));
        Assert.Equal(0, PastedPrompts.Count(null));
    }
}
