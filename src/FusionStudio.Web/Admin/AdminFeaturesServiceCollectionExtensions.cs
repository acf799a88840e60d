namespace FusionStudio.Web.Admin;

public static class AdminFeaturesServiceCollectionExtensions
{
    /// <summary>The admin page's people list, the commands that add people and change roles, and the queue's status.</summary>
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        services.AddTransient<UserListQuery>();
        services.AddTransient<UserCommands>();
        services.AddTransient<QueueStatusQuery>();
        return services;
    }
}
