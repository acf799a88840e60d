using System.Globalization;
using FusionStudio.Domain.Recipes;
using FusionStudio.Web.Components.Pages.Recipes;
using FusionStudio.Web.Library;
using FusionStudio.Web.Recipes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>
/// Saves a run's setup as a recipe through <see cref="RecipeStore"/>: the person names it and may change the kind
/// (preselected from the run's methods) and a routed recipe's fallback; the rest is carried over, the limits are the
/// defaults. The store's errors show under their field, or below for fields the dialog does not show.
/// </summary>
public partial class SaveAsRecipeDialog
{
    private static readonly string[] ShownFields = [nameof(RecipeInput.Name), nameof(RecipeInput.Kind), nameof(RecipeInput.FallbackTeacherId)];

    private RecipeDraft? _draft;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private bool _missing;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter, EditorRequired]
    public int RunId { get; set; }

    [Inject]
    private RecipeDraftQuery Drafts { get; set; } = default!;

    [Inject]
    private RecipeStore Recipes { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    private string Carried
    {
        get
        {
            var input = _draft!.Input;
            var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{input.TeacherIds.Count} teacher samples") };
            if (input.Kind is RecipeKind.FusionOfN or RecipeKind.RoutedFusion or RecipeKind.MixtureOfAgents)
            {
                parts.Add("the run's fusor and fusor prompt");
            }

            if (input.Kind is RecipeKind.Routed or RecipeKind.RoutedFusion)
            {
                parts.Add(input.Kind == RecipeKind.RoutedFusion ? string.Create(CultureInfo.InvariantCulture, $"its router, top {input.TopK}") : "its router");
            }

            if (input.Kind == RecipeKind.MixtureOfAgents)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{input.Layers} layers and the MoA proposer prompt"));
            }

            return $"Carried over from the run: {string.Join(", ", parts)}. Limits start at the defaults; change them on the Recipes page.";
        }
    }

    private IEnumerable<string> OtherErrors => _errors.Where(e => !ShownFields.Contains(e.Key)).Select(e => e.Value);

    protected override async Task OnInitializedAsync()
    {
        _draft = await Drafts.LoadAsync(RunId);
        _missing = _draft is null;
    }

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

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
            var result = await Recipes.CreateAsync(_draft!.Input, editor);
            if (result.Id is { } id)
            {
                MudDialog.Close(DialogResult.Ok(id));
                return;
            }

            _errors = result.FieldErrors;
        }
        finally
        {
            _saving = false;
        }
    }
}
