using System.Globalization;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Recipes;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Library;
using FusionStudio.Web.Recipes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Recipes;

public partial class RecipeList
{
    private List<RecipeListItem>? _recipes;
    private List<PoolListItem> _pools = [];
    private List<TeacherOption> _teachers = [];
    private List<PromptTemplateListItem> _fusorTemplates = [];
    private RecipeInput _input = new();
    private List<RecipeRouterOption> _routers = [];
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private bool _saving;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private RecipeStore Recipes { get; set; } = default!;

    [Inject]
    private PoolStore Pools { get; set; } = default!;

    [Inject]
    private TeacherStore Teachers { get; set; } = default!;

    [Inject]
    private PromptTemplateStore Templates { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _pools = await Pools.ListAsync();
        _teachers = await Teachers.OptionsAsync();
        _fusorTemplates = (await Templates.ListAsync()).Where(t => t.Kind == PromptTemplateKind.Fusor).ToList();
        _input.FusorTemplateId = _fusorTemplates.FirstOrDefault()?.Id;
        _routers = await Recipes.RoutersAsync();
        _recipes = await Recipes.ListAsync();
    }

    private static readonly RecipeKind[] Kinds = [RecipeKind.FusionOfN, RecipeKind.Routed, RecipeKind.RoutedFusion, RecipeKind.MixtureOfAgents, RecipeKind.Single];

    /// <summary>The fields the form shows an error under; the rest are listed below it.</summary>
    private static readonly string[] FieldsWithErrors =
    [
        nameof(RecipeInput.Name), nameof(RecipeInput.PoolId), nameof(RecipeInput.FusorTeacherId), nameof(RecipeInput.FusorTemplateId),
        nameof(RecipeInput.RouterId), nameof(RecipeInput.FallbackTeacherId), nameof(RecipeInput.TopK), nameof(RecipeInput.Layers),
        nameof(RecipeInput.MinCandidates), nameof(RecipeInput.CallTimeoutSeconds), nameof(RecipeInput.RequestTimeoutSeconds),
        nameof(RecipeInput.MaxConcurrentRequests), nameof(RecipeInput.DailyBudget),
    ];

    private bool Fuses => _input.Kind is RecipeKind.FusionOfN or RecipeKind.RoutedFusion or RecipeKind.MixtureOfAgents;

    private IEnumerable<string> OtherErrors => _errors.Where(e => !FieldsWithErrors.Contains(e.Key)).Select(e => e.Value);

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    private bool Has(string field) => _errors.ContainsKey(field);

    private static string KindHelp(RecipeKind kind) => kind switch
    {
        RecipeKind.FusionOfN => "the pool answers, the fusor writes one answer",
        RecipeKind.Routed => "the router's pick answers, a fallback teacher when it cannot",
        RecipeKind.RoutedFusion => "the router's top k answer, the fusor writes one answer",
        RecipeKind.MixtureOfAgents => "layers of proposers, then the fusor",
        _ => "one teacher, as a baseline",
    };

    internal static string KindName(RecipeKind kind) => kind switch
    {
        RecipeKind.FusionOfN => "FusioN",
        RecipeKind.Routed => "Routed",
        RecipeKind.RoutedFusion => "Routed FusioN",
        RecipeKind.MixtureOfAgents => "Mixture-of-Agents",
        _ => "Single",
    };

    private static string Limits(RecipeLimits limits) => string.Create(CultureInfo.InvariantCulture,
        $"≥ {limits.MinCandidates} candidates · {limits.CallTimeoutSeconds} s / {limits.RequestTimeoutSeconds} s · {limits.MaxConcurrentRequests} at once · {(limits.DailyBudget is { } budget ? $"{RunText.Money(budget)} a day" : "no budget")}");

    private async Task SaveAsync()
    {
        _errors = new Dictionary<string, string>();
        var editor = await Editors.TryGetEditorAsync(AuthenticationState);
        if (editor is null)
        {
            _errors = new Dictionary<string, string> { [LibrarySaveResult.FormField] = EditorCheck.Denied };
            return;
        }

        _saving = true;
        try
        {
            var existing = _recipes?.FirstOrDefault(r => r.Name == _input.Name.Trim());
            var result = existing is null
                ? await Recipes.CreateAsync(_input, editor)
                : await Recipes.SaveVersionAsync(existing.Id, _input, editor);
            if (!result.Succeeded)
            {
                _errors = result.FieldErrors;
                return;
            }

            Snackbar.Add($"Saved {_input.Name}.", Severity.Success);
            _input = new RecipeInput { FusorTemplateId = _fusorTemplates.FirstOrDefault()?.Id };
            _recipes = await Recipes.ListAsync();
        }
        finally
        {
            _saving = false;
        }
    }
}
