using System.Text.RegularExpressions;
using FusionStudio.Domain.Recipes;

namespace FusionStudio.Web.Recipes;

/// <summary>What a recipe must satisfy before it is saved, by field.</summary>
public static partial class RecipeRules
{
    public const int MaxTeachers = 16;
    public const int MaxTimeoutSeconds = 600;
    public const int MaxConcurrentRequests = 1_000;

    public static Dictionary<string, string> Validate(RecipeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (!ModelName().IsMatch(input.Name))
        {
            errors[nameof(RecipeInput.Name)] =
                $"Use 1 to {Recipe.NameLength} lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit: clients send it as the model name.";
        }

        if (input.PoolId is null && input.TeacherIds.Count == 0)
        {
            errors[nameof(RecipeInput.PoolId)] = "Choose the teacher pool that answers.";
        }

        if (input.Kind == RecipeKind.Single && input.PoolId is null && input.TeacherIds.Count != 1)
        {
            errors[nameof(RecipeInput.TeacherIds)] = "A Single recipe has exactly one teacher.";
        }

        if (input.TeacherIds.Count > MaxTeachers)
        {
            errors[nameof(RecipeInput.TeacherIds)] = $"At most {MaxTeachers} teachers answer one request.";
        }

        if (input.Kind is RecipeKind.FusionOfN or RecipeKind.RoutedFusion or RecipeKind.MixtureOfAgents)
        {
            if (input.FusorTeacherId is null)
            {
                errors[nameof(RecipeInput.FusorTeacherId)] = "Choose the teacher that fuses the candidates.";
            }

            if (input.FusorTemplateId is null)
            {
                errors[nameof(RecipeInput.FusorTemplateId)] = "Choose the fusor prompt.";
            }
        }

        if ((input.Kind is RecipeKind.Routed or RecipeKind.RoutedFusion) && input.RouterId is null)
        {
            errors[nameof(RecipeInput.RouterId)] = "Choose the router that picks the teachers.";
        }

        if (input.Kind == RecipeKind.Routed && input.FallbackTeacherId is null)
        {
            errors[nameof(RecipeInput.FallbackTeacherId)] = "Choose the teacher that answers when the router cannot pick or its teacher fails.";
        }

        if (input.Kind == RecipeKind.RoutedFusion && (input.TopK is < 1 or > MaxTeachers))
        {
            errors[nameof(RecipeInput.TopK)] = $"Ask from 1 to {MaxTeachers} of the router's best teachers.";
        }

        if (input.Kind == RecipeKind.MixtureOfAgents && Domain.Runs.MixtureOfAgentsLayers.Problem(input.Layers) is { } layers)
        {
            errors[nameof(RecipeInput.Layers)] = layers;
        }

        if (input.MinCandidates is < 1 or > MaxTeachers)
        {
            errors[nameof(RecipeInput.MinCandidates)] = $"Fuse from at least 1 and at most {MaxTeachers} candidates.";
        }

        if (input.CallTimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            errors[nameof(RecipeInput.CallTimeoutSeconds)] = $"Give a call between 1 and {MaxTimeoutSeconds} seconds.";
        }

        if (input.RequestTimeoutSeconds < input.CallTimeoutSeconds + (input.Kind == RecipeKind.Single ? 0 : 1) || input.RequestTimeoutSeconds > 2 * MaxTimeoutSeconds)
        {
            errors[nameof(RecipeInput.RequestTimeoutSeconds)] = input.Kind == RecipeKind.Single
                ? "The request's deadline must be at least the call's."
                : "The request's deadline must be longer than one call's: teachers answer by the deadline less one call, so the fusor has a whole call's time.";
        }

        if (input.MaxConcurrentRequests is < 1 or > MaxConcurrentRequests)
        {
            errors[nameof(RecipeInput.MaxConcurrentRequests)] = $"Allow 1 to {MaxConcurrentRequests} requests at once.";
        }

        if (input.DailyBudget is <= 0)
        {
            errors[nameof(RecipeInput.DailyBudget)] = "A daily budget must be more than 0; leave it empty for none.";
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelName();
}
