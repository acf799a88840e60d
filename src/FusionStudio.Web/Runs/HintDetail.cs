namespace FusionStudio.Web.Runs;

/// <summary>A thought template a candidate's generation request carried: the past query it was written for and its text.</summary>
public sealed record HintDetail(long TemplateId, string PastQuery, string Template);
