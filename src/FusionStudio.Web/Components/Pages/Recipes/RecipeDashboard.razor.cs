using FusionStudio.Web.Recipes;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Recipes;

public partial class RecipeDashboard
{
    private RecipeListItem? _recipe;
    private IReadOnlyList<RecipeDay>? _days;

    [Parameter]
    public int RecipeId { get; set; }

    [Inject]
    private RecipeStore Recipes { get; set; } = default!;

    [Inject]
    private RecipeDashboardQuery Dashboard { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _recipe = (await Recipes.ListAsync()).FirstOrDefault(r => r.Id == RecipeId);
        if (_recipe is null)
        {
            Navigation.NavigateTo("/not-found");
            return;
        }

        _days = await Dashboard.DaysAsync(RecipeId);
    }
}
