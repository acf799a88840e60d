using FusionStudio.Domain.Runs;
using FusionStudio.Web.Runs;

namespace FusionStudio.Web.Components.Pages.Runs.New;

public partial class RunModelFields
{
    private bool UsesBestOfN => Plan.Methods.Any(m => m.NeedsJudgeScores());

    private string TeacherName(int? id) => Options.Teacher(id)?.Name ?? string.Empty;

    private string TemplateName(int? id) => Options.Template(id)?.Label ?? string.Empty;

    private static string TeacherLabel(TeacherChoice teacher) => $"{teacher.Name} · {teacher.Model}";
}
