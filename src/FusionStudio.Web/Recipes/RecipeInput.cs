using FusionStudio.Domain.Recipes;

namespace FusionStudio.Web.Recipes;

/// <summary>
/// A recipe as a form or the API gives it. The teachers come from <see cref="PoolId"/> (its members, each as often as
/// its sample count) unless <see cref="TeacherIds"/> names them; the fusor prompt is pinned at its latest version.
/// </summary>
public sealed class RecipeInput
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public RecipeKind Kind { get; set; } = RecipeKind.FusionOfN;

    public int? PoolId { get; set; }

    public List<int> TeacherIds { get; set; } = [];

    public int? FusorTeacherId { get; set; }

    public int? FusorTemplateId { get; set; }

    public int MinCandidates { get; set; } = 2;

    public int CallTimeoutSeconds { get; set; } = 60;

    public int RequestTimeoutSeconds { get; set; } = 120;

    public int MaxConcurrentRequests { get; set; } = 16;

    public decimal? DailyBudget { get; set; }

    public bool StoreTraffic { get; set; } = true;
}
