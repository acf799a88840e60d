using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Web.Review;

public static class ReviewFeaturesServiceCollectionExtensions
{
    /// <summary>The blind review page's queue and the command that stores votes.</summary>
    public static IServiceCollection AddReviewFeatures(this IServiceCollection services)
    {
        services.TryAddTransient<EditorCheck>();
        services.AddTransient<ReviewQueue>();
        services.AddTransient<ReviewVoteCommand>();
        return services;
    }
}
