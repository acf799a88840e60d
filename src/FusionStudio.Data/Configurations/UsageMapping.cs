using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal static class UsageMapping
{
    /// <summary>Maps a call's usage as plain columns of the owning row.</summary>
    public static void ConfigureUsage(this ComplexPropertyBuilder<ModelCallUsage> usage)
    {
        usage.Property(u => u.Cost).HasPrecision(18, 8);
        usage.Property(u => u.FinishReason).HasMaxLength(40);
    }
}
