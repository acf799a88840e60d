using System.Security.Cryptography;
using FusionStudio.Data;
using FusionStudio.Data.Security;
using FusionStudio.IntegrationTests.Deployment;
using FusionStudio.Testing;
using FusionStudio.Web.Security.KeyRing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>
/// The probe's finding: the Data Protection key ring sat unencrypted in the same database as the encrypted provider
/// keys, so a database copy decrypted every key. The ring is now encrypted with a master key kept outside.
/// </summary>
public sealed class KeyRingProtectionTests
{
    private const string ProviderKey = "sk-proj-only-for-this-test-0123456789";

    [Fact]
    public async Task A_postgres_database_copy_cannot_decrypt_a_provider_key_without_the_master_key()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var masterKey = MasterKey.CreateRandom().ToBase64();
        string stored;
        await using (var app = FusionApp.OnPostgres(database).With("DataProtection:MasterKey", masterKey))
        {
            stored = Protector(app).Protect(ProviderKey);
            await using var db = app.CreateDbContext();
            var ring = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(ring);
            Assert.All(ring, xml =>
            {
                Assert.Contains("masterKeyId", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("unencrypted form", xml, StringComparison.Ordinal);
            });
        }

        await using (var withoutKey = FusionApp.OnPostgres(database))
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(withoutKey).Unprotect(stored));
        }

        await using (var otherKey = FusionApp.OnPostgres(database).With("DataProtection:MasterKey", MasterKey.CreateRandom().ToBase64()))
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(otherKey).Unprotect(stored));
        }

        await using (var rightKey = FusionApp.OnPostgres(database).With("DataProtection:MasterKey", masterKey))
        {
            Assert.Equal(ProviderKey, Protector(rightKey).Unprotect(stored));
        }
    }

    [Fact]
    public async Task A_rotated_master_key_still_reads_the_old_ring_when_listed_as_previous()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var oldKey = MasterKey.CreateRandom().ToBase64();
        string stored;
        await using (var app = FusionApp.OnPostgres(database).With("DataProtection:MasterKey", oldKey))
        {
            stored = Protector(app).Protect(ProviderKey);
        }

        await using var rotated = FusionApp.OnPostgres(database)
            .With("DataProtection:MasterKey", MasterKey.CreateRandom().ToBase64())
            .With("DataProtection:PreviousMasterKeys:0", oldKey);

        Assert.Equal(ProviderKey, Protector(rotated).Unprotect(stored));
    }

    [Fact]
    public async Task The_embedded_database_keeps_its_master_key_in_a_file_beside_it_and_a_copy_without_it_decrypts_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("fusionstudio-keyring-");
        var copyFolder = Directory.CreateTempSubdirectory("fusionstudio-keyring-copy-");
        try
        {
            var file = Path.Combine(folder.FullName, "fusionstudio.db");
            string stored;
            await using (var app = new FusionApp(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"))
            {
                stored = Protector(app).Protect(ProviderKey);
            }

            SqliteConnection.ClearAllPools();
            var keyFile = file + MasterKeySource.KeyFileSuffix;
            Assert.True(File.Exists(keyFile));
            Assert.DoesNotContain(File.ReadAllText(keyFile).Trim(), File.ReadAllText(file), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }

            var copy = Path.Combine(copyFolder.FullName, "fusionstudio.db");
            File.Copy(file, copy);
            await using (var copied = new FusionApp(DatabaseProvider.Sqlite, $"Data Source={copy};Pooling=false"))
            {
                Assert.ThrowsAny<CryptographicException>(() => Protector(copied).Unprotect(stored));
            }

            await using (var original = new FusionApp(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"))
            {
                Assert.Equal(ProviderKey, Protector(original).Unprotect(stored));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            copyFolder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Production_on_postgres_without_a_master_key_refuses_to_start_with_one_line()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var process = AppProcess.Start("web", new Dictionary<string, string>
        {
            ["Database__Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["Database__ConnectionString"] = database.ConnectionString,
        });

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Equal(MasterKeySource.MissingInProduction, process.Output.Trim());
    }

    private static ApiKeyProtector Protector(FusionApp app) => app.Services.GetRequiredService<ApiKeyProtector>();
}
