using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Reports;

/// <summary>One task's mean judge score of a method's answers in run A and run B, over the prompts of the task both scored.</summary>
public sealed record TaskDifference(string Task, AggregationMethod Method, int Prompts, double MeanA, double MeanB)
{
    public double Change => MeanB - MeanA;
}
