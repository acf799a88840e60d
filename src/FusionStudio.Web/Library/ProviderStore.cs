using FusionStudio.Data;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Gateway.Outbound;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Library;

/// <summary>
/// Reads and writes providers, one short-lived context per operation. The protected key is read only to call the
/// provider in <see cref="TestConnectionAsync"/>, and only for the URL it was saved with (<see cref="StoredKeyBinding"/>);
/// nothing this store returns to a component carries it. Writes and tests need an admin.
/// </summary>
public sealed class ProviderStore(
    IDbContextFactory<FusionDbContext> contexts,
    ApiKeyProtector keys,
    ProviderConnectionTester tester,
    ProviderModelHints modelHints,
    ProviderAddressPolicy addresses,
    TimeProvider clock)
{
    public async Task<List<ProviderListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Providers.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new ProviderListItem(p.Id, p.Name, p.Kind, p.BaseUrl, p.ProtectedApiKey != null, p.TimeoutSeconds,
                p.MaxConcurrency, p.RequestsPerMinute, p.TokensPerMinute, p.InputPricePerMillionTokens, p.OutputPricePerMillionTokens))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The form's input for an existing provider, without its key; null when there is no such provider.</summary>
    public async Task<ProviderInput?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Providers.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ProviderInput
            {
                Name = p.Name,
                Kind = p.Kind,
                BaseUrl = p.BaseUrl,
                HasStoredKey = p.ProtectedApiKey != null,
                TimeoutSeconds = p.TimeoutSeconds,
                MaxConcurrency = p.MaxConcurrency,
                RequestsPerMinute = p.RequestsPerMinute,
                TokensPerMinute = p.TokensPerMinute,
                InputPricePerMillionTokens = p.InputPricePerMillionTokens,
                OutputPricePerMillionTokens = p.OutputPricePerMillionTokens,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Creates (<paramref name="id"/> null) or updates a provider. A typed key is encrypted and replaces the stored
    /// one; an empty key keeps it unless <see cref="ProviderInput.RemoveKey"/> or the base URL changes, which needs
    /// the key typed again. The simulated provider keeps its kind, URL and (absent) key.
    /// </summary>
    public async Task<LibrarySaveResult> SaveAsync(int? id, ProviderInput input, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(editor);
        if (!editor.IsAdmin)
        {
            return LibrarySaveResult.Failed(LibrarySaveResult.FormField, EditorCheck.AdminOnlyMessage);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Provider? provider = null;
        if (id is { } existingId)
        {
            provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == existingId, cancellationToken);
            if (provider is null)
            {
                return LibrarySaveResult.Failed(LibrarySaveResult.FormField, "This provider no longer exists.");
            }
        }

        input.Kind = provider?.Kind ?? ProviderKind.OpenAiCompatible;
        input.Name = input.Name.Trim();
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0)
        {
            return LibrarySaveResult.Failed(errors);
        }

        if (input.Kind != ProviderKind.Simulated && addresses.Refusal(input.BaseUrl) is { } refusal)
        {
            return LibrarySaveResult.Failed(nameof(ProviderInput.BaseUrl), refusal);
        }

        if (provider is { ProtectedApiKey: not null } && string.IsNullOrWhiteSpace(input.ApiKey) && !input.RemoveKey
            && !StoredKeyBinding.MaySend(provider.BaseUrl, input.BaseUrl))
        {
            return LibrarySaveResult.Failed(nameof(ProviderInput.ApiKey), StoredKeyBinding.RetypeMessage);
        }

        var nameKey = input.Name.ToLowerInvariant();
        if (await db.Providers.AnyAsync(p => p.Id != (id ?? 0) && p.Name.ToLower() == nameKey, cancellationToken))
        {
            return LibrarySaveResult.Failed(nameof(ProviderInput.Name), $"A provider named \"{input.Name}\" already exists.");
        }

        if (provider is null)
        {
            provider = new Provider { Name = input.Name, Kind = ProviderKind.OpenAiCompatible, CreatedAt = clock.GetUtcNow() };
            db.Providers.Add(provider);
        }

        Apply(input, provider);
        await db.SaveChangesAsync(cancellationToken);
        return LibrarySaveResult.Saved(provider.Id);
    }

    /// <summary>
    /// Tests what the form holds: its URL, and the key typed there, else the stored key (unless it is to be
    /// removed) but only while the URL is the one the key was saved with. The key is decrypted here and goes no
    /// further than the tester.
    /// </summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(int? id, ProviderInput input, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(editor);
        if (!editor.IsAdmin)
        {
            return ConnectionTestResult.Failure(EditorCheck.AdminOnlyMessage);
        }

        var apiKey = string.IsNullOrWhiteSpace(input.ApiKey) ? null : input.ApiKey.Trim();
        var withoutStoredKey = false;
        if (apiKey is null && !input.RemoveKey && id is { } existingId)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var saved = await db.Providers.Where(p => p.Id == existingId)
                .Select(p => new { p.BaseUrl, p.ProtectedApiKey })
                .SingleOrDefaultAsync(cancellationToken);
            if (saved?.ProtectedApiKey is not null && StoredKeyBinding.MaySend(saved.BaseUrl, input.BaseUrl))
            {
                apiKey = keys.Unprotect(saved.ProtectedApiKey);
            }
            else
            {
                withoutStoredKey = saved?.ProtectedApiKey is not null;
            }
        }

        var target = new ProviderConnectionTarget(input.Kind, input.BaseUrl, apiKey, TimeSpan.FromSeconds(Math.Clamp(input.TimeoutSeconds, 1, 3600)));
        var result = await tester.TestAsync(target, cancellationToken);
        if (!result.Succeeded && withoutStoredKey)
        {
            result = result with { Error = $"{result.Error} Tested without the stored key: it is only sent to the URL it was saved with; type it to test this URL." };
        }

        if (result.Succeeded && id is { } providerId)
        {
            modelHints.Remember(providerId, result.Models);
        }

        return result;
    }

    private void Apply(ProviderInput input, Provider provider)
    {
        provider.Name = input.Name;
        provider.TimeoutSeconds = input.TimeoutSeconds;
        provider.MaxConcurrency = input.MaxConcurrency;
        provider.RequestsPerMinute = input.RequestsPerMinute;
        provider.TokensPerMinute = input.TokensPerMinute;
        provider.InputPricePerMillionTokens = input.InputPricePerMillionTokens;
        provider.OutputPricePerMillionTokens = input.OutputPricePerMillionTokens;
        if (provider.Kind == ProviderKind.Simulated)
        {
            return;
        }

        provider.BaseUrl = input.BaseUrl.Trim();
        if (!string.IsNullOrWhiteSpace(input.ApiKey))
        {
            provider.ProtectedApiKey = keys.Protect(input.ApiKey.Trim());
        }
        else if (input.RemoveKey)
        {
            provider.ProtectedApiKey = null;
        }
    }
}
