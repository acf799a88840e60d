using FusionStudio.Data;
using FusionStudio.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace FusionStudio.Web.Security.KeyRing;

internal static class KeyRingSetup
{
    /// <summary>
    /// Data Protection with its key ring in the database, so the web app and every worker read the same cookies and
    /// encrypted API keys, and each entry of the ring encrypted with a master key that is not in the database.
    /// </summary>
    public static WebApplicationBuilder AddFusionKeyRing(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetOptions<KeyRingOptions>(KeyRingOptions.SectionName);
        var ring = MasterKeySource.Resolve(options, builder.Configuration.GetDatabaseOptions(), builder.Environment.IsProduction());
        builder.Services.AddDataProtection()
            .SetApplicationName("FusionStudio")
            .PersistKeysToDbContext<FusionDbContext>();
        if (ring is null)
        {
            builder.Services.AddHostedService<UnencryptedKeyRingWarning>();
            return builder;
        }

        builder.Services.AddSingleton(ring);
        builder.Services.Configure<KeyManagementOptions>(management => management.XmlEncryptor = new MasterKeyXmlEncryptor(ring));
        return builder;
    }
}
