namespace FusionStudio.Web.Demo;

/// <summary>Four simulated teachers with clearly different styles, so their candidates really differ.</summary>
internal static class DemoTeachers
{
    public static IReadOnlyList<DemoTeacher> All { get; } =
    [
        new("Concise (simulated)", "sim-concise", 0.7),
        new("Step-by-step (simulated)", "sim-stepwise", 0.7),
        new("Detailed (simulated)", "sim-detailed", 0.8),
        new("Cautious (simulated)", "sim-cautious", 0.6),
    ];

    public static DemoTeacher Judge { get; } = new("Judge (simulated)", "sim-judge", 0.0);

    public static DemoTeacher Fusor { get; } = new("Fusor (simulated)", "sim-fusor", 0.3);
}
