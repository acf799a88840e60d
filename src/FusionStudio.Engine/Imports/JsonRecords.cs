using System.Text.Json;

namespace FusionStudio.Engine.Imports;

/// <summary>Turns a JSON object into a record whose fields are the object's properties.</summary>
internal static class JsonRecords
{
    public static ImportRecord FromElement(int line, JsonElement element, string notAnObject)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ImportRecord.Unreadable(line, notAnObject);
        }

        var names = new List<string>();
        var values = new List<ImportValue>();
        foreach (var property in element.EnumerateObject())
        {
            names.Add(property.Name);
            values.Add(ImportValue.FromJson(property.Value));
        }

        return new ImportRecord(line, names, values);
    }
}
