namespace FusionStudio.Engine.Exports;

/// <summary>One candidate of the full log, with the methods that chose it.</summary>
public sealed record FullLogRow(int RunId, ExportPrompt Prompt, ExportCandidate Candidate, bool BestOfNSelected, bool MbrSelected, bool RandomSelected, bool FusionSource);
