using System.Globalization;
using System.Text;
using Isms.Cli.Hosting;
using Isms.Core.Readiness;
using Isms.Risk.Scoring;
using Isms.Serialization.Contracts;

namespace Isms.Cli.Commands;

/// <summary><c>isms risks</c>: the risk register scored under the organisation's risk criteria.</summary>
internal sealed class RisksVerb : Verb
{
    public override string Name => "risks";

    public override int Order => 30;

    public override string Summary => "The risk register scored: inherent, current, residual, treatment, status";

    protected override IReadOnlyList<Argument> DeclareArguments() => [RiskRegisterSource.File()];

    protected override IReadOnlyList<Option> DeclareOptions() => [CliOptions.Format("table", "csv", "json", "md"), CliOptions.AsOf()];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var (isms, today) = RiskRegisterSource.Load(args, context, Name);
        var register = RegisterScorer.Score(isms, today);
        switch (args.Get("format", "table"))
        {
            case "csv":
                WriteCsv(register, context.Out);
                break;
            case "json":
                WriteJson(register, context.Out);
                break;
            case "md":
                WriteMarkdown(register, context.Out);
                break;
            default:
                WriteTable(register, context.Out);
                break;
        }

        return ExitCodes.Success;
    }

    /// <summary>The status column: the evaluation in words.</summary>
    public static string Status(RiskEvaluation evaluation) => ScoredRiskContract.StatusOf(evaluation);

    /// <summary>The status of a risk that could not be scored (its findings say why).</summary>
    public const string NotScored = ScoredRiskContract.NotScored;

    /// <summary>The register's rows: the scored risks, then those that could not be scored (levels "-").</summary>
    private static IEnumerable<string[]> Rows(ScoredRegister register) =>
        register.Risks.Select(r => new[]
        {
            r.Id.Value, r.Scenario.Title, r.Scenario.Owner.Value, r.Score.Inherent.LevelName, r.Score.Current.LevelName,
            r.Score.Residual.LevelName, r.Scenario.Treatment.ToString().ToLowerInvariant(), Status(r.Score.Evaluation),
        }).Concat(register.NotScored.Select(r => new[]
        {
            r.Id.Value, r.Scenario.Title, r.Scenario.Owner.Value, "-", "-", "-", r.Scenario.Treatment.ToString().ToLowerInvariant(), NotScored,
        }));

    private static readonly string[] Header = ["id", "title", "owner", "inherent", "current", "residual", "treatment", "status"];

    private static void WriteCsv(ScoredRegister register, TextWriter output)
    {
        output.WriteLine(string.Join(',', Header));
        foreach (var row in Rows(register))
        {
            output.WriteLine(string.Join(',', row.Select(Csv)));
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void WriteMarkdown(ScoredRegister register, TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", Header) + " |");
        output.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", Header.Length)));
        foreach (var row in Rows(register))
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(v => v.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        }
    }

    private static void WriteTable(ScoredRegister register, TextWriter output)
    {
        var appetite = register.Criteria.Matrix.Definition(register.Criteria.AcceptanceLevel).Name;
        output.WriteLine($"{register.Criteria.Name}: appetite {appetite}; {register.Risks.Length + register.NotScored.Length} risks as of {register.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");
        output.WriteLine();
        string[] header = ["ID", "TITLE", "OWNER", "INHERENT", "CURRENT", "RESIDUAL", "TREATMENT", "STATUS"];
        var rows = Rows(register).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        widths[1] = Math.Min(widths[1], 28);
        output.WriteLine(Line(header, widths));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }

        var findings = register.Findings;
        if (findings.Length > 0)
        {
            output.WriteLine();
            output.WriteLine($"{findings.Length} findings ({findings.Count(f => f.Severity == ReadinessSeverity.Major)} major, {findings.Count(f => f.Severity == ReadinessSeverity.Minor)} minor, {findings.Count(f => f.Severity == ReadinessSeverity.Info)} info), as isms readiness reports them:");
            foreach (var f in findings)
            {
                ReadinessVerb.Wrap(output, $"  {ReadinessVerb.Label(f.Severity),-8} {f.Code,-13} {f.Reference,-9} ", f.Message, 80);
            }
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var b = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var text = cells[i].Length > widths[i] ? cells[i][..(widths[i] - 1)] + "~" : cells[i];
            b.Append(i == cells.Length - 1 ? text : text.PadRight(widths[i] + 2));
        }

        return b.ToString().TrimEnd();
    }

    /// <summary>The <see cref="ScoredRegisterContract"/> a web host returns, indented.</summary>
    private static void WriteJson(ScoredRegister register, TextWriter output) => CliJson.Write(ScoredRegisterContract.From(register), output);

}
