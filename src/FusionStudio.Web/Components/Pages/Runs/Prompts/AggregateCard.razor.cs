namespace FusionStudio.Web.Components.Pages.Runs.Prompts;

public partial class AggregateCard
{
    private string TeacherOf(int number) => Candidates.FirstOrDefault(c => c.Number == number)?.Teacher ?? "";
}
