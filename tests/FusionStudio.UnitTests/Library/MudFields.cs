using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.UnitTests.Library;

/// <summary>Finds MudBlazor inputs by their label, as a person does, and reads the messages under them.</summary>
internal static class MudFields
{
    /// <summary>The input control (label, input, helper or error text) whose label reads <paramref name="label"/>.</summary>
    public static IElement Control<T>(this IRenderedComponent<T> cut, string label)
        where T : IComponent =>
        cut.FindAll(".mud-input-control").FirstOrDefault(control => control.QuerySelector("label")?.TextContent.Trim() == label)
        ?? throw new InvalidOperationException($"No field labelled \"{label}\" in:\n{cut.Markup}");

    public static IElement Input<T>(this IRenderedComponent<T> cut, string label)
        where T : IComponent =>
        cut.Control(label).QuerySelector("input, textarea") ?? throw new InvalidOperationException($"The field \"{label}\" has no input.");

    /// <summary>The error text under a field, or empty when it has none.</summary>
    public static string ErrorOf<T>(this IRenderedComponent<T> cut, string label)
        where T : IComponent =>
        cut.Control(label).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
}
