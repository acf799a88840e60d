using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace FusionStudio.Data.Writes;

/// <summary>
/// One table's multi-row insert on PostgreSQL, built from the EF model: each column travels as one array parameter
/// and <c>unnest</c> turns the arrays back into rows. The text is the same for any number of rows, so each connection
/// prepares it once, and a batch costs one statement instead of EF Core's tracked entries and a command per row.
/// </summary>
internal sealed class UnnestInsert
{
    private readonly Column[] _columns;

    private UnnestInsert(IEntityType entity, IProperty key, Column[] columns)
    {
        Entity = entity;
        Key = key;
        _columns = columns;
        // Named for the table: a complex property's columns carry its prefix only there (Usage_CacheHit).
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var table = store.Schema is { } schema ? $"{Quote(schema)}.{Quote(store.Name)}" : Quote(store.Name);
        var names = string.Join(", ", columns.Select(c => Quote(c.Property.GetColumnName(store)!)));
        var arrays = string.Join(", ", columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"CAST(${i + 1} AS {c.Property.GetColumnType(store)}[])")));
        Sql = $"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays}) RETURNING {Quote(key.GetColumnName(store)!)}";
    }

    public IEntityType Entity { get; }

    /// <summary>The key the database generates; every other column is sent as the object holds it.</summary>
    public IProperty Key { get; }

    public string Sql { get; }

    /// <returns>Null when the entity has what a plain insert of its values cannot store (see <see cref="Supports"/>).</returns>
    public static UnnestInsert? TryCreate(IEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.FindPrimaryKey() is not { Properties: [{ ValueGenerated: ValueGenerated.OnAdd, PropertyInfo: not null } key] }
            || entity.GetTableName() is null)
        {
            return null;
        }

        var columns = entity.GetFlattenedProperties().Where(p => p != key).ToList();
        return columns.All(Supports) ? new UnnestInsert(entity, key, columns.Select(p => new Column(p)).ToArray()) : null;
    }

    /// <summary>The rows' insert, one array per column; the rows are inserted, and their keys returned, in this order.</summary>
    public NpgsqlBatchCommand Command(IReadOnlyList<object> rows)
    {
        var command = new NpgsqlBatchCommand(Sql);
        foreach (var column in _columns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = column.Values(rows) });
        }

        return command;
    }

    /// <summary>
    /// A column whose value the object holds: not generated or computed by the database (EF would leave those out or
    /// read them back), not shadow state (which lives in the change tracker, not the object).
    /// </summary>
    private static bool Supports(IProperty property) =>
        property.ValueGenerated == ValueGenerated.Never
        && !property.IsShadowProperty()
        && property.GetComputedColumnSql() is null
        && property.GetColumnType() is { Length: > 0 };

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>A column's values as EF Core sends them: through the property's value converter, in a typed array.</summary>
    private sealed class Column
    {
        private readonly IClrPropertyGetter _getter;
        private readonly ValueConverter? _converter;
        private readonly Type _element;

        public Column(IProperty property)
        {
            Property = property;
            _getter = property.GetGetter();
            _converter = property.GetTypeMapping().Converter;
            var provider = _converter?.ProviderClrType ?? property.ClrType;
            _element = provider.IsValueType && Nullable.GetUnderlyingType(provider) is null && property.IsNullable
                ? typeof(Nullable<>).MakeGenericType(provider)
                : provider;
        }

        public IProperty Property { get; }

        public Array Values(IReadOnlyList<object> rows)
        {
            var values = Array.CreateInstance(_element, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = _getter.GetClrValueUsingContainingEntity(rows[i]);
                values.SetValue(value is null || _converter is null ? value : _converter.ConvertToProvider(value), i);
            }

            return values;
        }
    }
}
