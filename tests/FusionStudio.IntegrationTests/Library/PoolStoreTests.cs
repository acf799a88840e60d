using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Library;

public sealed class PoolStoreTests : IAsyncLifetime
{
    private readonly LibraryHost _host = LibraryHost.OnSqlite();
    private List<int> _teachers = [];

    private PoolStore Store => _host.Get<PoolStore>();

    public async Task InitializeAsync()
    {
        await using var db = _host.Db();
        var provider = new Provider { Name = "Simulated", Kind = ProviderKind.Simulated, CreatedAt = DateTimeOffset.UtcNow };
        var teachers = new[] { "A", "B", "C" }.Select(name => new Teacher { Name = name, Model = "sim-" + name, Provider = provider, CreatedAt = DateTimeOffset.UtcNow }).ToList();
        db.Teachers.AddRange(teachers);
        await db.SaveChangesAsync();
        _teachers = teachers.Select(t => t.Id).ToList();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task No_members_a_duplicate_teacher_and_zero_samples_are_refused_by_field()
    {
        var empty = await Store.SaveAsync(null, new PoolInput { Name = "Empty" }, _host.Editor);
        var twice = await Store.SaveAsync(null, Pool("Twice", (_teachers[0], 1), (_teachers[0], 2)), _host.Editor);
        var zero = await Store.SaveAsync(null, Pool("Zero", (_teachers[0], 0)), _host.Editor);

        Assert.Equal(PoolRules.NoMembersMessage, empty.ErrorFor("Members"));
        Assert.Equal(PoolRules.DuplicateMessage, twice.ErrorFor("Members[1].TeacherId"));
        Assert.Null(twice.ErrorFor("Members[0].TeacherId"));
        Assert.Equal("Between 1 and 64 samples.", zero.ErrorFor("Members[0].SampleCount"));
        await using var db = _host.Db();
        Assert.Equal(0, await db.TeacherPools.CountAsync());
    }

    [Fact]
    public async Task Editing_keeps_the_rows_of_teachers_that_stay_and_follows_the_new_order()
    {
        var id = (await Store.SaveAsync(null, Pool("Pool", (_teachers[0], 1), (_teachers[1], 1)), _host.Editor)).Id!.Value;
        var kept = await MemberIdAsync(id, _teachers[1]);

        var saved = await Store.SaveAsync(id, Pool("Pool", (_teachers[1], 3), (_teachers[2], 1)), _host.Editor);

        Assert.True(saved.Succeeded, string.Join(" ", saved.FieldErrors.Values));
        await using var db = _host.Db();
        var members = await db.TeacherPoolMembers.Where(m => m.PoolId == id).OrderBy(m => m.Position).ToListAsync();
        Assert.Equal([(_teachers[1], 3), (_teachers[2], 1)], members.Select(m => (m.TeacherId, m.SampleCount)));
        Assert.Equal(kept, members[0].Id);
        var listed = Assert.Single(await Store.ListAsync());
        Assert.Equal(4, listed.CandidatesPerPrompt);
    }

    private static PoolInput Pool(string name, params (int Teacher, int Samples)[] members) => new()
    {
        Name = name,
        Members = members.Select(m => new PoolMemberInput { TeacherId = m.Teacher, SampleCount = m.Samples }).ToList(),
    };

    private async Task<int> MemberIdAsync(int poolId, int teacherId)
    {
        await using var db = _host.Db();
        return await db.TeacherPoolMembers.Where(m => m.PoolId == poolId && m.TeacherId == teacherId).Select(m => m.Id).SingleAsync();
    }
}
