using FusionStudio.Domain.Recipes;
using FusionStudio.Web.Library;

namespace FusionStudio.Web.Recipes;

/// <summary>A recipe made from a run's setup, to be named and saved: the kinds its methods can serve and the teachers a fallback may be.</summary>
public sealed record RecipeDraft(RecipeInput Input, IReadOnlyList<RecipeKind> Kinds, IReadOnlyList<TeacherOption> Teachers);
