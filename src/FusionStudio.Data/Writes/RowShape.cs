using System.Collections;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FusionStudio.Data.Writes;

/// <summary>
/// A row the <see cref="PostgresRowWriter"/> can store with its owned rows (a candidate and its model calls): its
/// table's insert, and for each collection it owns, the insert of the owned rows and the foreign key that points back.
/// Owned rows own nothing themselves: two levels are all a step's result has.
/// </summary>
internal sealed class RowShape
{
    private RowShape(UnnestInsert insert, IReadOnlyList<OwnedRows> owned)
    {
        Insert = insert;
        Owned = owned;
    }

    public UnnestInsert Insert { get; }

    public IReadOnlyList<OwnedRows> Owned { get; }

    /// <returns>Null when the entity or what it owns needs EF Core's change tracking to be stored.</returns>
    public static RowShape? TryCreate(IEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (UnnestInsert.TryCreate(entity) is not { } insert || entity.GetSkipNavigations().Any())
        {
            return null;
        }

        var owned = new List<OwnedRows>();
        foreach (var navigation in entity.GetNavigations())
        {
            var target = navigation.TargetEntityType;
            if (!navigation.IsCollection || navigation.IsOnDependent
                || navigation.ForeignKey.Properties is not [{ PropertyInfo: not null } foreignKey]
                || navigation.ForeignKey.PrincipalKey.Properties is not [var principalKey] || principalKey != insert.Key
                || target.GetNavigations().Any() || target.GetSkipNavigations().Any()
                || UnnestInsert.TryCreate(target) is not { } targetInsert)
            {
                return null;
            }

            owned.Add(new OwnedRows(navigation, foreignKey, principalKey, targetInsert));
        }

        return new RowShape(insert, owned);
    }

    /// <summary>New rows only: a row or owned row that holds a key already would be stored under it by EF Core.</summary>
    public bool IsNew(object row) =>
        Insert.Key.GetGetter().HasSentinelValue(row)
        && Owned.All(o => o.Of(row).All(child => o.Insert.Key.GetGetter().HasSentinelValue(child)));

    /// <summary>A collection of owned rows: where to find it on the owner and how its rows point back.</summary>
    internal sealed record OwnedRows(INavigation Navigation, IProperty ForeignKey, IProperty PrincipalKey, UnnestInsert Insert)
    {
        public IEnumerable<object> Of(object owner) =>
            Navigation.GetGetter().GetClrValue(owner) is IEnumerable rows ? rows.Cast<object>() : [];
    }
}
