namespace FusionStudio.Engine.Gateway;

/// <summary>Raised inside the gateway's pipeline for an answer with no text, so the retry strategy sees it as a fault.</summary>
internal sealed class EmptyAnswerException() : Exception("The model answered with no text.");
