using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Api.Runs;

/// <summary>What a command did: the run's status afterwards and a short line saying so.</summary>
public sealed record RunCommandResponse(int RunId, RunStatus Status, string Message);
