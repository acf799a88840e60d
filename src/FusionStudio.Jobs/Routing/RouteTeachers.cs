using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Jobs.Runs;

namespace FusionStudio.Jobs.Routing;

/// <summary>
/// Turns a router's ranking of models (as its logs name them) into the run's teachers: a teacher matches a model
/// when its model id or its name is the model's name (case aside). Models the run has no teacher for are skipped;
/// teachers the router never learned about are never routed to.
/// </summary>
public static class RouteTeachers
{
    public static List<RouteChoice> Match(IReadOnlyList<RoutedModel> ranking, IReadOnlyList<RunTeacherContext> teachers)
    {
        ArgumentNullException.ThrowIfNull(teachers);
        return Match(ranking, teachers.Select(t => t.Teacher).ToList());
    }

    /// <summary>The same matching for any list of teachers: a served recipe's.</summary>
    public static List<RouteChoice> Match(IReadOnlyList<RoutedModel> ranking, IReadOnlyList<Teacher> teachers)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(teachers);
        var choices = new List<RouteChoice>();
        foreach (var model in ranking)
        {
            foreach (var teacher in teachers.Where(t => Matches(t.Model, t.Name, model.Model) && choices.All(c => c.TeacherId != t.Id)))
            {
                choices.Add(new RouteChoice
                {
                    Rank = choices.Count,
                    TeacherId = teacher.Id,
                    PredictedPerformance = model.PredictedPerformance,
                    PredictedCost = model.PredictedCost,
                });
            }
        }

        return choices;
    }

    public static bool Matches(RunTeacherContext teacher, string model)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        return Matches(teacher.Teacher.Model, teacher.Teacher.Name, model);
    }

    public static bool Matches(string teacherModel, string teacherName, string model) =>
        string.Equals(teacherModel, model, StringComparison.OrdinalIgnoreCase) || string.Equals(teacherName, model, StringComparison.OrdinalIgnoreCase);
}
