namespace FusionStudio.Engine.Imports.Reading;

/// <summary>What is wrong with a row of a CSV or TSV file, before its cells are looked at.</summary>
public enum DelimitedRowProblem
{
    None = 0,

    /// <summary>A quote sits where the format does not allow one (a stray or unclosed quote); the row reads on.</summary>
    MisplacedQuote = 1,

    /// <summary>The parser gave up on the row; nothing after it can be read.</summary>
    Unreadable = 2,
}
