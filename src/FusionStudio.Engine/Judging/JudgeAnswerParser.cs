using System.Diagnostics.CodeAnalysis;

namespace FusionStudio.Engine.Judging;

/// <summary>Reads one judge answer into a verdict, or says why it cannot (see <see cref="PointwiseVerdictParser"/>).</summary>
public delegate bool JudgeAnswerParser<TVerdict>(
    string? answer, [NotNullWhen(true)] out TVerdict? verdict, [NotNullWhen(false)] out string? failureReason)
    where TVerdict : class;
