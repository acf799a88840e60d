using FusionStudio.Data;
using FusionStudio.Data.Security;
using FusionStudio.Engine.Gateway;
using FusionStudio.Jobs.Caching;
using FusionStudio.Jobs.Operations;
using FusionStudio.Jobs.Routing;
using FusionStudio.Jobs.Runs;
using FusionStudio.Jobs.Runs.Ownership;
using FusionStudio.Jobs.Runs.Reads;
using FusionStudio.Jobs.Runs.Steps;
using FusionStudio.Jobs.Scaling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Registers the jobs and the services that drive them. Hangfire itself is set up by the host.</summary>
    public static IServiceCollection AddFusionJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RunOptions>().Bind(configuration.GetSection(RunOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddFusionGateway(configuration);
        services.AddEfModelResponseCache();
        services.AddSingleton<ApiKeyProtector>();
        services.AddEmbeddingsAndRouting();
        services.AddTransient<ProbeQueueJob>();
        services.AddTransient<QueueProbeSender>();
        services.AddTransient<RunLauncher>();
        services.AddTransient<RunControl>();
        services.AddTransient<RunCompletion>();
        services.AddTransient<AdvanceRunBatchJob>();
        services.AddTransient<PlanRunBatchesJob>();
        services.AddTransient<JudgeLiveRunJob>();
        // Several processes share a PostgreSQL queue; SQLite and in-memory queues live in one process.
        services.AddSingleton<IBatchOwnership>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql
                ? ActivatorUtilities.CreateInstance<PostgresBatchOwnership>(provider)
                : new InProcessBatchOwnership());
        services.AddTransient<RunContextLoader>();
        services.AddTransient<RunStatusMover>();
        services.AddTransient<PromptAdvancer>();
        services.AddTransient<BatchAdvancer>();
        services.AddTransient<BatchAdopter>();
        services.AddSingleton<PromptStageWriter>();
        services.AddSingleton<PromptSlots>();
        services.AddSingleton<PromptCandidateReader>();
        services.AddSingleton<PromptAggregateReader>();
        services.AddSingleton<PromptComparisonReader>();
        services.AddSingleton<PromptFailureReader>();
        services.AddTransient<RowStore>();
        services.AddTransient<RoutingStep>();
        services.AddTransient<CandidateGenerationStep>();
        services.AddTransient<ScoringStep>();
        services.AddTransient<BestOfKStore>();
        services.AddTransient<SelectionStep>();
        services.AddTransient<FusionStep>();
        services.AddTransient<MixtureOfAgentsStep>();
        services.AddTransient<ComparisonStep>();
        services.AddTransient<JudgeAsker>();
        services.AddTransient<ScalingLauncher>();
        services.AddTransient<AdvanceScalingBatchJob>();
        services.AddTransient<Thoughts.PastAnswerLoader>();
        services.AddTransient<Thoughts.ThoughtTemplateBuilder>();
        services.AddTransient<Thoughts.BuildThoughtTemplatesJob>();
        services.AddSingleton<Thoughts.ThoughtHintIndexes>();
        return services;
    }
}
