namespace FusionStudio.Web.Hosting;

/// <summary>A start-up failure whose message already says what is wrong and which setting to change.</summary>
internal sealed class StartupProblemException(string message) : Exception(message);
