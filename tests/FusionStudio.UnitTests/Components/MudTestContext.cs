using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FusionStudio.UnitTests.Components;

/// <summary>A bUnit context with MudBlazor's services and loose JS interop, as MudBlazor's own tests use.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(TimeProvider.System);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
