namespace FusionStudio.Engine.Imports;

/// <summary>
/// Which field of a row gives which part of a prompt. <see cref="Prompt"/> is the text field for plain rows, the
/// messages or conversations field for chats, the instruction for Alpaca. Every field not named here becomes metadata.
/// </summary>
public sealed record ImportMapping(ImportShape Shape, string? Prompt)
{
    /// <summary>Alpaca's input, appended to the instruction.</summary>
    public string? Input { get; init; }

    public string? Language { get; init; }

    public string? Task { get; init; }

    /// <summary>The reference answer; chats take the assistant reply after the last user message when none is named.</summary>
    public string? Reference { get; init; }

    public string? Id { get; init; }

    /// <summary>The fields this mapping takes; the rest are metadata.</summary>
    public IEnumerable<string> MappedFields() =>
        new[] { Prompt, Input, Language, Task, Reference, Id }.OfType<string>();
}
