using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FusionStudio.Data;

/// <summary>
/// A query compiled once per EF Core model (<see cref="EF.CompileAsyncQuery"/>). A compiled query serves the one model
/// it first ran with and refuses any other, and a process may hold two (PostgreSQL's and SQLite's: the tests, the
/// bench), so each model gets its own; a model that is dropped takes its compiled query with it.
/// </summary>
/// <typeparam name="TQuery">The compiled query's delegate.</typeparam>
public sealed class PerModelCompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _compiled.GetValue(db.Model, _ => compile());
    }
}
