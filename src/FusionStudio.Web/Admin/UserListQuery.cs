using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Security.Sessions;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Admin;

/// <summary>Everyone who can log in, by email, with their role, in one query.</summary>
public sealed class UserListQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.UserName,
                u.DisplayName,
                u.LockoutEnd,
                // A person holds one role; one without any can only read.
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .OrderBy(name => name)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new UserRow(
                r.Id, r.Email ?? r.UserName ?? "", r.DisplayName, r.Role ?? AppRoles.Viewer, r.LockoutEnd is { } end && end >= AccountLock.Forever))
            .ToList();
    }
}
