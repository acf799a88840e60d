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
public sealed class PerModelCompiledQuery<TQuery>
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    // Made once: every read asks For, and a lambda passed there would be a new delegate each time.
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile;

    public PerModelCompiledQuery(Func<TQuery> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        _compile = _ => compile();
    }

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _compiled.GetValue(db.Model, _compile);
    }
}
