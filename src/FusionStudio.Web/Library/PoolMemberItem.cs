namespace FusionStudio.Web.Library;

public sealed record PoolMemberItem(string Teacher, int SampleCount);
