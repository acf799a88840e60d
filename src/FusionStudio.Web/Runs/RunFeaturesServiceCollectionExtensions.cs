using FusionStudio.Web.Markdown;

namespace FusionStudio.Web.Runs;

public static class RunFeaturesServiceCollectionExtensions
{
    /// <summary>The run pages' queries, the planner and the commands people give runs.</summary>
    public static IServiceCollection AddRunFeatures(this IServiceCollection services)
    {
        services.AddTransient<EditorCheck>();
        services.AddTransient<RunPlanner>();
        services.AddTransient<ThoughtHintCheck>();
        services.AddTransient<RunCommands>();
        services.AddTransient<LiveRunJudging>();
        services.AddTransient<RunFormOptionsQuery>();
        services.AddTransient<RunPlanPrefillQuery>();
        services.AddTransient<RunListQuery>();
        services.AddTransient<RunNoteCommand>();
        services.AddTransient<RunProgressQuery>();
        services.AddTransient<RunErrorGroupsQuery>();
        services.AddTransient<RunPromptPageQuery>();
        services.AddTransient<RunPromptPageChoicesQuery>();
        services.AddTransient<RunPromptDetailQuery>();
        services.AddAnswerMarkdown();
        services.AddTransient<RunSetupQuery>();
        services.AddTransient<Matrix.RunMatrixQuery>();
        return services;
    }
}
