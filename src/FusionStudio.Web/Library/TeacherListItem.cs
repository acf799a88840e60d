namespace FusionStudio.Web.Library;

public sealed record TeacherListItem(
    int Id,
    string Name,
    string Model,
    string Provider,
    bool Simulated,
    double Temperature,
    double TopP,
    int MaxTokens,
    int? Seed);
