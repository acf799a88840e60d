using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;

namespace FusionStudio.UnitTests.Exports;

public sealed class ExportFileNameTests
{
    private static readonly DateOnly _date = new(2026, 11, 25);

    [Fact]
    public void Names_say_run_kind_rule_and_date()
    {
        Assert.Equal("run-12-sft-fusion-2026-11-25.jsonl", ExportFileName.For(12, new ExportRequest(ExportKind.Sft, ExportFormat.Jsonl), _date));
        Assert.Equal("run-12-pairs-human-2026-11-25.csv",
            ExportFileName.For(12, new ExportRequest(ExportKind.PreferencePairs, ExportFormat.Csv) { PairRule = PreferencePairRule.HumanPreferred }, _date));
        Assert.Equal("run-3-full-log-2026-11-25.csv", ExportFileName.For(3, new ExportRequest(ExportKind.FullLog, ExportFormat.Csv), _date));
    }

    [Fact]
    public void Filters_appear_in_the_name_reduced_to_safe_characters()
    {
        var request = new ExportRequest(ExportKind.Aggregates, ExportFormat.Jsonl)
        {
            Filter = new ExportFilter { Method = AggregationMethod.BestOfN, Language = "pt-BR", Task = "../Ünïcode \"task\"; rm -rf", Human = ExportHumanFilter.PreferA },
        };

        Assert.Equal("run-7-aggregates-bon-pt-br-unicode-task-rm-rf-human-a-2026-11-25.jsonl", ExportFileName.For(7, request, _date));
    }

    [Fact]
    public void Parts_without_any_safe_character_are_left_out()
    {
        var request = new ExportRequest(ExportKind.Sft, ExportFormat.Csv) { Filter = new ExportFilter { Task = "ترجمة", Language = "zh" } };

        Assert.Equal("run-1-sft-fusion-zh-2026-11-25.csv", ExportFileName.For(1, request, _date));
    }
}
