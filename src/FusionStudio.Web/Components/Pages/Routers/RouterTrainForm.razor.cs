using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Routing;
using FusionStudio.Web.Routers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FusionStudio.Web.Components.Pages.Routers;

public partial class RouterTrainForm
{
    private const string Custom = "custom";

    private readonly RouterTrainingRequest _request = new() { Name = "router" };
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private IReadOnlyList<(int Id, string Name)> _providers = [];
    private string _scenario = RoutingScenario.PerformanceFirst.Name;
    private int _embeddingProvider;
    private string _embeddingModelName = "";
    private bool _training;

    [Parameter, EditorRequired]
    public IReadOnlyList<LogSetSummary> LogSets { get; set; } = [];

    /// <summary>Called with the new router's id once it is stored.</summary>
    [Parameter]
    public EventCallback<int> Trained { get; set; }

    [Inject]
    private RouterService Routers { get; set; } = default!;

    [Inject]
    private LogSetQuery Query { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private IReadOnlyList<string> Models =>
        LogSets.Where(s => _request.SourceRunIds.Contains(s.RunId)).SelectMany(s => s.Models).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private int NonEnglishQueries => LogSets.Where(s => _request.SourceRunIds.Contains(s.RunId)).Sum(s => s.NonEnglishQueries);

    private bool ShowsEnglishNote =>
        RouterTraining.NeedsEmbeddings(_request.Algorithm) && _request.EmbeddingModel == EmbeddingModelKey.BuiltIn && NonEnglishQueries > 0;

    protected override async Task OnInitializedAsync() => _providers = await Query.EmbeddingProvidersAsync();

    private void ToggleSource(int runId, bool on)
    {
        _request.SourceRunIds.Remove(runId);
        if (on)
        {
            _request.SourceRunIds.Add(runId);
        }

        _request.Candidates.RemoveAll(model => !Models.Contains(model));
    }

    private void ToggleCandidate(string model, bool on)
    {
        _request.Candidates.Remove(model);
        if (on)
        {
            _request.Candidates.Add(model);
        }
    }

    private void SetScenario(string name)
    {
        _scenario = name;
        if (RoutingScenario.Standard.FirstOrDefault(s => s.Name == name) is { } scenario)
        {
            (_request.Alpha, _request.Beta) = (scenario.Alpha, scenario.Beta);
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

    private async Task TrainAsync()
    {
        if (AuthenticationState is null)
        {
            return;
        }

        _training = true;
        try
        {
            var result = await Routers.TrainAsync(_request, (await AuthenticationState).User);
            _errors = result.Errors;
            if (result.RouterId is { } id)
            {
                await Trained.InvokeAsync(id);
            }
        }
        finally
        {
            _training = false;
        }
    }
}
