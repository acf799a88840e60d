namespace FusionStudio.Web.Runs;

/// <summary>Whether a run command did something, and a short line for the person who asked.</summary>
public sealed record RunCommandResult(bool Done, string Message);
