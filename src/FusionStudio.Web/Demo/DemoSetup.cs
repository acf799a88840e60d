namespace FusionStudio.Web.Demo;

internal static class DemoSetup
{
    public static WebApplicationBuilder AddFusionDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoAdminCreator>();
        builder.Services.AddScoped<DemoRunStarter>();
        builder.Services.AddScoped<DemoRecipeSeeder>();
        builder.Services.AddScoped<BuiltInPromptSeeder>();
        return builder;
    }
}
