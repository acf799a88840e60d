using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Runs.New;

/// <summary>
/// A part of the new-run form. The parts edit the page's one <see cref="RunPlan"/>, like the fields of one form,
/// and tell the page after each change so that it can re-check the plan and update the estimate.
/// </summary>
public abstract class RunPlanSection : ComponentBase
{
    [Parameter, EditorRequired]
    public RunPlan Plan { get; set; } = new();

    [Parameter, EditorRequired]
    public RunFormOptions Options { get; set; } = new([], [], [], []);

    [Parameter]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();

    [Parameter]
    public EventCallback Changed { get; set; }

    protected bool HasError(string field) => Errors.ContainsKey(field);

    protected string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    protected Task ChangeAsync(Action change)
    {
        change();
        return Changed.InvokeAsync();
    }
}
