namespace FusionStudio.Engine.Imports.Reading;

/// <summary>
/// One row of a CSV or TSV file: the line it starts on (a quoted cell may span lines), its cells as written, and, for
/// a row over several lines or an unreadable one, its raw text (for telling apart how a broken row went wrong; empty
/// for other rows).
/// </summary>
public sealed record DelimitedRow(int Line, IReadOnlyList<string> Cells, string Raw, DelimitedRowProblem Problem = DelimitedRowProblem.None);
