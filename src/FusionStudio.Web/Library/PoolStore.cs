using FusionStudio.Data;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Library;

/// <summary>Reads and writes teacher pools, one short-lived context per operation.</summary>
public sealed class PoolStore(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    public async Task<List<PoolListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pools = await db.TeacherPools.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Description,
                Members = p.Members.OrderBy(m => m.Position).Select(m => new PoolMemberItem(m.Teacher!.Name, m.SampleCount)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return pools.Select(p => new PoolListItem(p.Id, p.Name, p.Description, p.Members)).ToList();
    }

    public async Task<PoolInput?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pool = await db.TeacherPools.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Name,
                p.Description,
                Members = p.Members.OrderBy(m => m.Position).Select(m => new { m.TeacherId, m.SampleCount }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return pool is null
            ? null
            : new PoolInput
            {
                Name = pool.Name,
                Description = pool.Description,
                Members = pool.Members.Select(m => new PoolMemberInput { TeacherId = m.TeacherId, SampleCount = m.SampleCount }).ToList(),
            };
    }

    /// <summary>
    /// Creates (<paramref name="id"/> null) or updates a pool. Members are matched by teacher, so a teacher that
    /// stays keeps its row; runs pin their own copy of the members and do not change.
    /// </summary>
    public async Task<LibrarySaveResult> SaveAsync(int? id, PoolInput input, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(editor);
        input.Name = input.Name.Trim();
        input.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        var errors = PoolRules.Validate(input);
        if (errors.Count > 0)
        {
            return LibrarySaveResult.Failed(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nameKey = input.Name.ToLowerInvariant();
        if (await db.TeacherPools.AnyAsync(p => p.Id != (id ?? 0) && p.Name.ToLower() == nameKey, cancellationToken))
        {
            return LibrarySaveResult.Failed(nameof(PoolInput.Name), $"A pool named \"{input.Name}\" already exists.");
        }

        var teacherIds = input.Members.Select(m => m.TeacherId!.Value).ToList();
        var known = await db.Teachers.Where(t => teacherIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var missing = teacherIds.FindIndex(teacherId => !known.Contains(teacherId));
        if (missing >= 0)
        {
            return LibrarySaveResult.Failed(PoolRules.MemberField(missing, nameof(PoolMemberInput.TeacherId)), "This teacher no longer exists.");
        }

        TeacherPool? pool;
        if (id is { } existingId)
        {
            pool = await db.TeacherPools.Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == existingId, cancellationToken);
            if (pool is null)
            {
                return LibrarySaveResult.Failed(LibrarySaveResult.FormField, "This pool no longer exists.");
            }
        }
        else
        {
            pool = new TeacherPool { Name = input.Name, CreatedAt = clock.GetUtcNow() };
            db.TeacherPools.Add(pool);
        }

        pool.Name = input.Name;
        pool.Description = input.Description;
        ApplyMembers(pool, input.Members);
        await db.SaveChangesAsync(cancellationToken);
        return LibrarySaveResult.Saved(pool.Id);
    }

    private static void ApplyMembers(TeacherPool pool, List<PoolMemberInput> members)
    {
        pool.Members.RemoveAll(existing => members.All(m => m.TeacherId != existing.TeacherId));
        for (var position = 0; position < members.Count; position++)
        {
            var input = members[position];
            var member = pool.Members.FirstOrDefault(m => m.TeacherId == input.TeacherId);
            if (member is null)
            {
                member = new TeacherPoolMember { TeacherId = input.TeacherId!.Value };
                pool.Members.Add(member);
            }

            member.SampleCount = input.SampleCount;
            member.Position = position;
        }
    }
}
