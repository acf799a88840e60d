namespace FusionStudio.Engine.Imports.Reading;

/// <summary>Why a file could not be read as text at all.</summary>
public enum TextInputProblem
{
    TooLarge = 0,
    NotUtf8 = 1,
}
