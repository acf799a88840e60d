namespace FusionStudio.Web.Library;

/// <summary>The pool rules that span rows: at least one member, each teacher once.</summary>
public static class PoolRules
{
    public const string MembersField = nameof(PoolInput.Members);

    public const string NoMembersMessage = "Add at least one teacher.";

    public const string DuplicateMessage = "This teacher is already in the pool; raise its sample count instead.";

    public static string? MembersError(PoolInput input) => input.Members.Count == 0 ? NoMembersMessage : null;

    /// <summary>The error of a member whose teacher an earlier row already has; the first row stays valid.</summary>
    public static string? DuplicateError(PoolInput input, PoolMemberInput member, int? teacherId)
    {
        if (teacherId is null)
        {
            return null;
        }

        var first = input.Members.FirstOrDefault(m => m.TeacherId == teacherId);
        return first is not null && !ReferenceEquals(first, member) ? DuplicateMessage : null;
    }

    /// <summary>Which setting of the paper the members make: test-time scaling, a teacher pool, or a mix.</summary>
    public static string Describe(PoolInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var members = input.Members.Where(m => m.TeacherId is not null && m.SampleCount >= 1).ToList();
        return members.Count switch
        {
            0 => "Add teachers: one teacher × N samples is test-time scaling; several teachers × 1 sample is a teacher pool.",
            1 when members[0].SampleCount == 1 => "One teacher × 1 sample: nothing to select from or fuse. Raise the samples or add teachers.",
            1 => $"Test-time scaling: one teacher × {members[0].SampleCount} samples.",
            _ when members.All(m => m.SampleCount == 1) => $"Teacher pool: {members.Count} teachers × 1 sample.",
            _ => $"Mixed: {members.Count} teachers with {string.Join(" + ", members.Select(m => m.SampleCount))} samples.",
        };
    }

    /// <summary>The field key of a member's property, as the store reports it: <c>Members[2].TeacherId</c>.</summary>
    public static string MemberField(int index, string property) => $"{MembersField}[{index}].{property}";

    /// <summary>Every error of the input, by field, as the store checks it before saving.</summary>
    public static Dictionary<string, string> Validate(PoolInput input)
    {
        var errors = InputValidation.Validate(input);
        if (MembersError(input) is { } membersError)
        {
            errors.TryAdd(MembersField, membersError);
        }

        for (var i = 0; i < input.Members.Count; i++)
        {
            var member = input.Members[i];
            foreach (var (field, message) in InputValidation.Validate(member, $"{MembersField}[{i}]."))
            {
                errors.TryAdd(field, message);
            }

            if (DuplicateError(input, member, member.TeacherId) is { } duplicate)
            {
                errors.TryAdd(MemberField(i, nameof(PoolMemberInput.TeacherId)), duplicate);
            }
        }

        return errors;
    }
}
