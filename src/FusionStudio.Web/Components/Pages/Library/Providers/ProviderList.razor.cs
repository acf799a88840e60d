using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Providers;

public partial class ProviderList
{
    private List<ProviderListItem>? _providers;

    [Inject]
    private ProviderStore Store { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _providers = await Store.ListAsync();

    private static string LimitsOf(ProviderListItem provider) => (provider.RequestsPerMinute, provider.TokensPerMinute) switch
    {
        (null, null) => "none",
        ({ } requests, null) => $"{requests:N0} requests",
        (null, { } tokens) => $"{tokens:N0} tokens",
        ({ } requests, { } tokens) => $"{requests:N0} requests, {tokens:N0} tokens",
    };
}
