namespace FusionStudio.Web.Demo;

internal sealed record DemoTeacher(string Name, string Model, double Temperature);
