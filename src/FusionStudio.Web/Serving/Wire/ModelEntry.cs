namespace FusionStudio.Web.Serving.Wire;

public sealed record ModelEntry(string Id, string Object, long Created, string OwnedBy);
