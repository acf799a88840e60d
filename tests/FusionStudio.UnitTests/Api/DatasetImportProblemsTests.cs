using FusionStudio.Engine.Imports;
using FusionStudio.Web.Api.Datasets;

namespace FusionStudio.UnitTests.Api;

public sealed class DatasetImportProblemsTests
{
    [Fact]
    public void Issues_are_keyed_by_line_and_field()
    {
        var errors = DatasetImportProblems.ToFieldErrors(
            [
                new ImportIssue(3, "prompt", "is empty"),
                new ImportIssue(3, "prompt", "is too long"),
                new ImportIssue(7, null, "is not valid JSON"),
                new ImportIssue(0, null, "The file is not UTF-8."),
                new ImportIssue(0, "Name", "A dataset named \"x\" already exists."),
            ],
            unlisted: 0);

        Assert.Equal(["is empty", "is too long"], errors["line 3: prompt"]);
        Assert.Equal(["is not valid JSON"], errors["line 7"]);
        Assert.Equal(["The file is not UTF-8."], errors["file"]);
        Assert.Equal(["A dataset named \"x\" already exists."], errors["name"]);
    }

    [Fact]
    public void Errors_beyond_the_listed_ones_are_counted()
    {
        var errors = DatasetImportProblems.ToFieldErrors([new ImportIssue(2, "language", "is not a language tag")], unlisted: 41);

        Assert.Equal(["41 more error(s) not listed."], errors["file"]);
    }
}
