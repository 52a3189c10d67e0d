using System.Xml.Linq;
using Isms.Core.Tests.TestData;
using Isms.Risk.Scoring;

namespace Isms.Reports.Tests;

/// <summary><see cref="RiskHeatMapSvgWriter"/>: the SVG is XML with one cell per matrix cell and stage, counts that add up.</summary>
public sealed class RiskHeatMapSvgWriterTests
{
    private static readonly RiskStage[] Both = [RiskStage.Inherent, RiskStage.Residual];

    [Fact]
    public void The_svg_has_one_cell_per_matrix_cell_and_stage_whose_counts_add_up_to_the_register()
    {
        var register = RegisterScorer.Score(ReadyIsms.Create(), TestIsms.Today);
        using var stream = new MemoryStream();

        RiskHeatMapSvgWriter.Write(register, Both, "Test Ltd", stream);

        stream.Position = 0;
        var svg = XDocument.Load(stream);
        Assert.Equal(ReportReading.Svg + "svg", svg.Root!.Name);
        var matrix = register.Criteria.Matrix;
        foreach (var stage in Both)
        {
            var cells = svg.Descendants(ReportReading.Svg + "rect")
                .Where(r => (string?)r.Attribute("class") == "cell" && (string?)r.Attribute("data-stage") == stage.ToString())
                .ToList();
            Assert.Equal(matrix.Likelihood.Count * matrix.Consequence.Count, cells.Count);
            Assert.Equal(
                matrix.Likelihood.Count * matrix.Consequence.Count,
                cells.Select(c => ((int)c.Attribute("data-likelihood")!, (int)c.Attribute("data-consequence")!)).Distinct().Count());
            var map = register.HeatMap(stage);
            Assert.Equal(map.Total, cells.Sum(c => (int)c.Attribute("data-count")!));
            Assert.All(cells, c => Assert.Equal(
                map[new((int)c.Attribute("data-likelihood")!), new((int)c.Attribute("data-consequence")!)],
                (int)c.Attribute("data-count")!));
        }
    }

    [Fact]
    public async Task The_async_write_gives_the_same_bytes_as_the_sync_write_even_on_a_forward_only_stream()
    {
        var register = RegisterScorer.Score(ReadyIsms.Create(), TestIsms.Today);
        using var sync = new MemoryStream();
        RiskHeatMapSvgWriter.Write(register, Both, "Test Ltd", sync);
        using var forward = new ForwardOnlyStream();

        await RiskHeatMapSvgWriter.WriteAsync(register, Both, "Test Ltd", forward, TestContext.Current.CancellationToken);

        Assert.Equal(sync.ToArray(), forward.Written);
        Assert.NotEqual(0xEF, sync.ToArray()[0]);
    }

    [Fact]
    public void No_stage_to_draw_is_refused_by_name()
    {
        var register = RegisterScorer.Score(ReadyIsms.Create(), TestIsms.Today);
        using var stream = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => RiskHeatMapSvgWriter.Write(register, [], "Test Ltd", stream));

        Assert.Equal("stages", error.ParamName);
        Assert.Equal(0, stream.Length);
    }
}
