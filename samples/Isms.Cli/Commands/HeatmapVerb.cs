using System.Collections.Immutable;
using System.Globalization;
using Isms.Cli.Hosting;
using Isms.Cli.Reports;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Scoring;
using Isms.Reports;
using Isms.Serialization.Contracts;

namespace Isms.Cli.Commands;

/// <summary><c>isms heatmap</c>: the risk matrix with the number of risks in each cell, inherent and residual.</summary>
internal sealed class HeatmapVerb : Verb
{
    public override string Name => "heatmap";

    public override int Order => 31;

    public override string Summary => "The risk matrix with the number of risks per cell (inherent and residual)";

    protected override IReadOnlyList<Argument> DeclareArguments() => [RiskRegisterSource.File()];

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Choice("--stage", "Which stage to draw: inherent, current, residual, or all (default: inherent and residual)", ["inherent", "current", "residual", "all"]),
        CliOptions.Format("table", "json"),
        CliOptions.Out("Write the heat map as an SVG image to PATH (opens in any browser)"),
        CliOptions.AsOf(),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var (isms, today) = RiskRegisterSource.Load(args, context, Name);
        var register = RegisterScorer.Score(isms, today);
        RiskStage[] stages = args.Get("stage") switch
        {
            "inherent" => [RiskStage.Inherent],
            "current" => [RiskStage.Current],
            "residual" => [RiskStage.Residual],
            "all" => [RiskStage.Inherent, RiskStage.Current, RiskStage.Residual],
            _ => [RiskStage.Inherent, RiskStage.Residual],
        };
        if (args.Get("out") is { } svg)
        {
            using (var file = ReportOutput.Open(svg))
            {
                RiskHeatMapSvgWriter.Write(register, stages, isms.Profile.LegalName, file);
            }

            context.Out.WriteLine($"Wrote {svg}");
            return ExitCodes.Success;
        }

        if (args.Get("format") == "json")
        {
            // One heat map per stage, in the shape a web host returns.
            CliJson.Write(stages.Select(s => HeatMapContract.From(register.HeatMap(s))).ToImmutableArray(), context.Out);
            return ExitCodes.Success;
        }

        foreach (var stage in stages)
        {
            Write(register.HeatMap(stage), context.Out);
            context.Out.WriteLine();
        }

        var criteria = register.Criteria;
        context.Out.WriteLine("Levels: " + string.Join(", ", criteria.Matrix.Levels.Select(l => $"{l.Abbreviation} {l.Name}")) + $"; appetite {criteria.Matrix.Definition(criteria.AcceptanceLevel).Name}");
        return ExitCodes.Success;
    }

    /// <summary>Draws a heat map: likelihood rows from the highest down, consequence columns, each cell "level count".</summary>
    public static void Write(RiskHeatMap map, TextWriter output)
    {
        var matrix = map.Criteria.Matrix;
        var rowWidth = Math.Min(16, matrix.Likelihood.Levels.Max(l => l.Name.Length));
        const int cell = 7;
        output.WriteLine($"{map.Stage} risk ({map.Total} risks): likelihood (rows) x consequence (columns)");
        output.WriteLine(new string(' ', rowWidth + 1) + string.Concat(matrix.Consequence.Levels.Select(c => Fit(c.Abbreviation, cell).PadLeft(cell))));
        for (var l = matrix.Likelihood.Count; l >= 1; l--)
        {
            var line = Fit(matrix.Likelihood[l].Name, rowWidth).PadRight(rowWidth + 1);
            for (var c = 1; c <= matrix.Consequence.Count; c++)
            {
                var level = matrix.Definition(matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)));
                var count = map[new LikelihoodLevel(l), new ConsequenceLevel(c)];
                var text = Fit(level.Abbreviation, 2) + " " + (count == 0 ? "." : count.ToString(CultureInfo.InvariantCulture));
                line += text.PadLeft(cell);
            }

            output.WriteLine(line);
        }
    }

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..width];
}
