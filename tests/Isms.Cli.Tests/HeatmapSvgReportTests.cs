using System.Xml.Linq;
using Isms.Cli.SampleData;
using Isms.Risk.Scoring;

namespace Isms.Cli.Tests;

/// <summary><c>isms heatmap --out heatmap.svg</c>: parsed back as XML and checked cell by cell.</summary>
public sealed class HeatmapSvgReportTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_svg_has_an_inherent_and_a_residual_matrix_with_one_cell_per_scale_pair()
    {
        var (result, svg) = Draw();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        var panels = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "heatmap").ToList();
        Assert.Equal(["Inherent", "Residual"], panels.Select(p => (string)p.Attribute("data-stage")!));
        var criteria = SampleOrganisation.Criteria;
        var expectedCells = criteria.Matrix.Likelihood.Count * criteria.Matrix.Consequence.Count;
        Assert.All(panels, p => Assert.Equal(expectedCells, Cells(p).Count()));
    }

    [Fact]
    public void Cell_counts_match_the_scored_register_and_add_up_to_every_risk()
    {
        var (_, svg) = Draw();
        var isms = SampleOrganisation.Create(CliRunner.Now.InUtc().Date);
        var register = RegisterScorer.Score(isms, CliRunner.Now.InUtc().Date);

        foreach (var panel in svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "heatmap"))
        {
            var map = register.HeatMap(Enum.Parse<RiskStage>((string)panel.Attribute("data-stage")!));
            Assert.Equal(isms.Risks.Count, Cells(panel).Sum(c => (int)c.Attribute("data-count")!));
            foreach (var cell in Cells(panel))
            {
                var l = (int)cell.Attribute("data-likelihood")!;
                var c = (int)cell.Attribute("data-consequence")!;
                Assert.Equal(map[new(l), new(c)], (int)cell.Attribute("data-count")!);
                var level = map.Criteria.Matrix.Definition(map.Criteria.Matrix.LevelOf(new(l), new(c)));
                Assert.Equal(level.Name, (string)cell.Attribute("data-level")!);
                Assert.Equal(level.Colour, (string)cell.Attribute("fill")!, ignoreCase: true);
            }

            var shown = panel.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "count" && t.Value.Length > 0).Sum(t => int.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(isms.Risks.Count, shown);
        }
    }

    [Fact]
    public void Axis_labels_are_the_organisations_own_scale_names()
    {
        var (_, svg) = Draw();
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToHashSet();
        var matrix = SampleOrganisation.Criteria.Matrix;

        Assert.Contains(matrix.Likelihood.Name, texts);
        Assert.Contains(matrix.Consequence.Name, texts);
        Assert.All(matrix.Likelihood.Levels, l => Assert.Contains(texts, t => l.Name.StartsWith(t.TrimEnd('…'), StringComparison.Ordinal)));
        Assert.All(matrix.Levels, l => Assert.Contains(texts, t => t.Contains(l.Name, StringComparison.Ordinal)));
    }

    [Fact]
    public void All_stages_draw_three_matrices_through_the_real_program()
    {
        using var folder = new TempFolder();
        var path = folder.File("all.svg");

        var result = CliRunner.Process("heatmap", "--stage", "all", "--out", path);

        Assert.Equal(0, result.ExitCode);
        var svg = XDocument.Load(path);
        Assert.Equal(3, svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "heatmap"));
    }

    private static (CliResult Result, XDocument Svg) Draw()
    {
        using var folder = new TempFolder();
        var path = folder.File("heatmap.svg");
        var result = CliRunner.InProcess("heatmap", "--out", path);
        Assert.Equal($"Wrote {path}", result.Out.Trim());
        return (result, XDocument.Load(path));
    }

    private static IEnumerable<XElement> Cells(XElement panel) =>
        panel.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "cell");
}
