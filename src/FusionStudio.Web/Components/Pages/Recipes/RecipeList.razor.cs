using System.Globalization;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Recipes;
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
    private List<string> _errors = [];
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
        _recipes = await Recipes.ListAsync();
    }

    internal static string KindName(RecipeKind kind) => kind switch
    {
        RecipeKind.FusionOfN => "FusioN",
        RecipeKind.Routed => "Routed",
        RecipeKind.RoutedFusion => "Routed FusioN",
        RecipeKind.MixtureOfAgents => "Mixture-of-Agents",
        _ => "Single",
    };

    private static string Limits(RecipeLimits limits) => string.Create(CultureInfo.InvariantCulture,
        $"≥ {limits.MinCandidates} candidates · {limits.CallTimeoutSeconds} s / {limits.RequestTimeoutSeconds} s · {limits.MaxConcurrentRequests} at once · {(limits.DailyBudget is { } budget ? $"{budget:0.##} a day" : "no budget")}");

    private async Task SaveAsync()
    {
        _errors = [];
        var editor = await Editors.TryGetEditorAsync(AuthenticationState);
        if (editor is null)
        {
            _errors = [EditorCheck.Denied];
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
                _errors = result.FieldErrors.Values.ToList();
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
