using FusionStudio.Engine.Embeddings;
using FusionStudio.Web.Thoughts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FusionStudio.Web.Components.Pages.Thoughts;

/// <summary>
/// Starts the build of a thought template set, checked by the same service as the API so that errors name the same fields.
/// </summary>
public partial class ThoughtSetBuildForm
{
    private readonly ThoughtTemplateSetRequest _request = new();
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private int _embeddingProvider;
    private string _embeddingModelName = "";
    private bool _starting;

    private ThoughtBuildChoices Choices { get; set; } = ThoughtBuildChoices.None;

    /// <summary>Called with the new set's id once its build is queued.</summary>
    [Parameter]
    public EventCallback<int> Started { get; set; }

    [Inject]
    private ThoughtTemplateService Builds { get; set; } = default!;

    [Inject]
    private ThoughtBuildChoicesQuery ChoicesQuery { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Choices = await ChoicesQuery.LoadAsync();
        _request.SummarizerTemplateId = Choices.Templates.FirstOrDefault()?.Id;
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.GetValueOrDefault(field);

    private static string Label(IReadOnlyList<ThoughtBuildOption> options, int? id) => options.FirstOrDefault(o => o.Id == id)?.Label ?? "";

    private void ToggleSource(int runId, bool on)
    {
        _request.SourceRunIds.Remove(runId);
        if (on)
        {
            _request.SourceRunIds.Add(runId);
        }
    }

    private void SetEmbeddingProvider(int providerId)
    {
        _embeddingProvider = providerId;
        UpdateEmbeddingModel();
    }

    private void SetEmbeddingModelName(string name)
    {
        _embeddingModelName = name;
        UpdateEmbeddingModel();
    }

    private void UpdateEmbeddingModel() =>
        _request.EmbeddingModel = _embeddingProvider == 0
            ? EmbeddingModelKey.BuiltIn
            : string.IsNullOrWhiteSpace(_embeddingModelName) ? "" : EmbeddingModelKey.ForProvider(_embeddingProvider, _embeddingModelName);

    private async Task BuildAsync()
    {
        if (AuthenticationState is null)
        {
            return;
        }

        _starting = true;
        try
        {
            var result = await Builds.CreateAsync(_request, (await AuthenticationState).User);
            _errors = result.Errors;
            if (result.SetId is { } id)
            {
                await Started.InvokeAsync(id);
            }
        }
        finally
        {
            _starting = false;
        }
    }
}
