using System.Globalization;
using Isms.Cli.Hosting;
using Isms.Core.Assets;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Scoring;

namespace Isms.Cli.Commands;

/// <summary>
/// The demo's asset and heat-map step: the asset inventory by type, and the inherent and residual heat maps side by
/// side, coloured by level on a terminal (plain text when redirected or NO_COLOR is set).
/// </summary>
internal sealed class AssetHeatmapDemoStep : DemoStep
{
    private const int CellWidth = 5;

    public override int Order => 32;

    public override string Title => "Assets and heat maps: inherent vs residual (6.1.2, 8.2)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        var isms = SampleData.SampleOrganisation.Create(today);
        var byType = isms.Assets.GroupBy(a => a.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        Wrap(output, $"{isms.Assets.Count} assets: {string.Join(", ", byType)}.");
        var register = RegisterScorer.Score(isms, today);
        output.WriteLine();
        var colour = UseColour(context);
        var left = Lines(register.HeatMap(RiskStage.Inherent), colour);
        var right = Lines(register.HeatMap(RiskStage.Residual), colour);
        var leftWidth = 4 + (CellWidth * register.Criteria.Matrix.Consequence.Count) + 4;
        for (var i = 0; i < left.Count; i++)
        {
            var (text, visible) = left[i];
            output.WriteLine(("  " + text + new string(' ', Math.Max(1, leftWidth - visible)) + right[i].Text).TrimEnd());
        }

        var matrix = register.Criteria.Matrix;
        output.WriteLine();
        Wrap(output, $"Rows, {matrix.Likelihood.Name.ToLowerInvariant()}: " + string.Join(", ", matrix.Likelihood.Levels.Select(l => $"{l.Abbreviation} {l.Name}")) + ".");
        Wrap(output, $"Columns, {matrix.Consequence.Name.ToLowerInvariant()}: " + string.Join(", ", matrix.Consequence.Levels.Select(l => $"{l.Abbreviation} {l.Name}")) + ".");
        Wrap(output, "Cells show the level and the number of risks: " + string.Join(", ", matrix.Levels.Select(l => $"{l.Abbreviation} {l.Name}")) + ".");
        output.WriteLine("  The same as an SVG for a browser: isms heatmap --out heatmap.svg");
    }

    /// <summary>Colour only on a real terminal: never when redirected or when NO_COLOR is set.</summary>
    internal static bool UseColour(CliContext context) =>
        ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static List<(string Text, int Visible)> Lines(RiskHeatMap map, bool colour)
    {
        var matrix = map.Criteria.Matrix;
        var lines = new List<(string, int)>();
        var title = string.Create(CultureInfo.InvariantCulture, $"{map.Stage} ({map.Total} risks)");
        lines.Add((title, title.Length));
        var header = "    " + string.Concat(matrix.Consequence.Levels.Select(c => Fit(c.Abbreviation, CellWidth - 1).PadLeft(CellWidth - 1) + " "));
        lines.Add((header.TrimEnd(), header.TrimEnd().Length));
        for (var l = matrix.Likelihood.Count; l >= 1; l--)
        {
            var text = Fit(matrix.Likelihood[l].Abbreviation, 3).PadRight(4);
            var visible = text.Length;
            for (var c = 1; c <= matrix.Consequence.Count; c++)
            {
                var level = matrix.Definition(matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)));
                var count = map[new LikelihoodLevel(l), new ConsequenceLevel(c)];
                var cell = (Fit(level.Abbreviation, 1) + " " + (count == 0 ? "." : count.ToString(CultureInfo.InvariantCulture))).PadLeft(CellWidth - 1);
                text += (colour ? Paint(cell, level.Colour) : cell) + " ";
                visible += CellWidth;
            }

            lines.Add((text, visible));
        }

        return lines;
    }

    private static string Paint(string text, string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
        {
            return text;
        }

        var r = int.Parse(hex[1..3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(hex[3..5], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(hex[5..7], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var ink = (0.2126 * r) + (0.7152 * g) + (0.0722 * b) > 140 ? "30" : "97";
        return string.Create(CultureInfo.InvariantCulture, $"\u001b[48;2;{r};{g};{b};{ink}m{text}\u001b[0m");
    }

    /// <summary>Writes text wrapped at 78 columns, indented by two spaces (four on continuation lines).</summary>
    internal static void Wrap(TextWriter output, string text)
    {
        var line = "  ";
        foreach (var word in text.Split(' '))
        {
            if (line.Trim().Length > 0 && line.Length + 1 + word.Length > 78)
            {
                output.WriteLine(line);
                line = "    ";
            }

            line += (line.Trim().Length > 0 ? " " : string.Empty) + word;
        }

        output.WriteLine(line);
    }

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";
}
