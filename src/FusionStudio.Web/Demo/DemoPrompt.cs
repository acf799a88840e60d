namespace FusionStudio.Web.Demo;

internal sealed record DemoPrompt(string Language, string Task, string Text);
