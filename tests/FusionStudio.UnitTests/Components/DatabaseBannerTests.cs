using Bunit;
using FusionStudio.Web.Components.Layout;
using FusionStudio.Web.Health;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Components;

public sealed class DatabaseBannerTests : MudTestContext
{
    private readonly DatabaseStatus _status = new();

    public DatabaseBannerTests() => Services.AddSingleton(_status);

    [Fact]
    public void Appears_while_the_database_is_away_and_clears_when_it_is_back()
    {
        var banner = Render<DatabaseBanner>();
        Assert.Empty(banner.FindAll("[data-testid=database-banner]"));

        _status.Report("The database does not answer: connection refused");
        banner.WaitForAssertion(() => Assert.Contains("not answering", banner.Find("[data-testid=database-banner]").TextContent, StringComparison.Ordinal));

        _status.Report(null);
        banner.WaitForAssertion(() => Assert.Empty(banner.FindAll("[data-testid=database-banner]")));
    }

    [Fact]
    public void A_page_that_failed_for_want_of_the_database_says_so()
    {
        _status.Report("down");
        var notice = Render<PageErrorNotice>(p => p.Add(c => c.Error, new TimeoutException("no answer")));
        Assert.Contains("needs the database", notice.Find("[data-testid=page-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_failed_for_another_reason_does_not_blame_the_database()
    {
        var notice = Render<PageErrorNotice>(p => p.Add(c => c.Error, new InvalidOperationException("bug")));
        Assert.DoesNotContain("database", notice.Find("[data-testid=page-error]").TextContent, StringComparison.Ordinal);
    }
}
