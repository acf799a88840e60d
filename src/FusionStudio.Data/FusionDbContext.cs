using FusionStudio.Data.Identity;
using FusionStudio.Data.Operations;
using FusionStudio.Domain.Access;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FusionStudio.Data;

/// <summary>
/// The one database context. The same model runs on PostgreSQL and SQLite; each has its own migrations assembly
/// under <c>migrations/</c>.
/// </summary>
public sealed class FusionDbContext(DbContextOptions<FusionDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Teacher> Teachers => Set<Teacher>();

    public DbSet<TeacherPool> TeacherPools => Set<TeacherPool>();

    public DbSet<TeacherPoolMember> TeacherPoolMembers => Set<TeacherPoolMember>();

    public DbSet<PromptTemplate> PromptTemplates => Set<PromptTemplate>();

    public DbSet<PromptTemplateVersion> PromptTemplateVersions => Set<PromptTemplateVersion>();

    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<DatasetPrompt> DatasetPrompts => Set<DatasetPrompt>();

    public DbSet<Run> Runs => Set<Run>();

    public DbSet<RunTeacher> RunTeachers => Set<RunTeacher>();

    public DbSet<RunPrompt> RunPrompts => Set<RunPrompt>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<Score> Scores => Set<Score>();

    public DbSet<Aggregate> Aggregates => Set<Aggregate>();

    public DbSet<PromptRoute> PromptRoutes => Set<PromptRoute>();

    public DbSet<RouteChoice> RouteChoices => Set<RouteChoice>();

    public DbSet<Comparison> Comparisons => Set<Comparison>();

    public DbSet<LayerAnswer> LayerAnswers => Set<LayerAnswer>();

    public DbSet<ModelCall> ModelCalls => Set<ModelCall>();

    public DbSet<Calls.Totals.CallLogDelta> CallLogDeltas => Set<Calls.Totals.CallLogDelta>();

    public DbSet<Calls.Totals.PromptStepLatency> PromptStepLatencies => Set<Calls.Totals.PromptStepLatency>();

    public DbSet<HumanReview> HumanReviews => Set<HumanReview>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<QueueProbe> QueueProbes => Set<QueueProbe>();

    public DbSet<Caching.ModelResponseCacheEntry> ModelResponseCache => Set<Caching.ModelResponseCacheEntry>();

    public DbSet<Domain.Routing.TextEmbedding> TextEmbeddings => Set<Domain.Routing.TextEmbedding>();

    public DbSet<Domain.Routing.TrainedRouter> Routers => Set<Domain.Routing.TrainedRouter>();

    public DbSet<Domain.Thoughts.ThoughtTemplateSet> ThoughtTemplateSets => Set<Domain.Thoughts.ThoughtTemplateSet>();

    public DbSet<Domain.Thoughts.ThoughtTemplate> ThoughtTemplates => Set<Domain.Thoughts.ThoughtTemplate>();
    public DbSet<Domain.Recipes.Recipe> Recipes => Set<Domain.Recipes.Recipe>();

    public DbSet<Domain.Recipes.RecipeVersion> RecipeVersions => Set<Domain.Recipes.RecipeVersion>();

    public DbSet<Domain.Recipes.ServedRequest> ServedRequests => Set<Domain.Recipes.ServedRequest>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Calls stored here add to their runs' call-log totals in the same transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        Calls.Totals.CallLogTotals.SaveAsync(this, base.SaveChangesAsync, acceptAllChangesOnSuccess, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Calls.Totals.CallLogTotals.RefuseSynchronousCalls(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FusionDbContext).Assembly);
        if (!IsSqlite)
        {
            Configurations.PromptTextSearchConfiguration.Configure(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        if (IsSqlite)
        {
            // SQLite has no native decimal or offset-date type: store numbers it can sum and instants it can order.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
