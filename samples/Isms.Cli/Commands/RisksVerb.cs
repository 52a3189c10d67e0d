using System.Globalization;
using System.Text;
using System.Text.Json;
using Isms.Cli.Hosting;
using Isms.Risk.Scoring;

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
    public static string Status(RiskEvaluation evaluation) => evaluation switch
    {
        RiskEvaluation.WithinAppetite => "within appetite",
        RiskEvaluation.Accepted => "accepted",
        _ => "needs treatment",
    };

    private static string[] Row(ScoredRisk r) =>
    [
        r.Id.Value, r.Scenario.Title, r.Scenario.Owner.Value, r.Score.Inherent.LevelName, r.Score.Current.LevelName,
        r.Score.Residual.LevelName, r.Scenario.Treatment.ToString().ToLowerInvariant(), Status(r.Score.Evaluation),
    ];

    private static readonly string[] Header = ["id", "title", "owner", "inherent", "current", "residual", "treatment", "status"];

    private static void WriteCsv(ScoredRegister register, TextWriter output)
    {
        output.WriteLine(string.Join(',', Header));
        foreach (var risk in register.Risks)
        {
            output.WriteLine(string.Join(',', Row(risk).Select(Csv)));
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void WriteMarkdown(ScoredRegister register, TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", Header) + " |");
        output.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", Header.Length)));
        foreach (var risk in register.Risks)
        {
            output.WriteLine("| " + string.Join(" | ", Row(risk).Select(v => v.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        }
    }

    private static void WriteTable(ScoredRegister register, TextWriter output)
    {
        var appetite = register.Criteria.Matrix.Definition(register.Criteria.AcceptanceLevel).Name;
        output.WriteLine($"{register.Criteria.Name}: appetite {appetite}; {register.Risks.Length} risks as of {register.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");
        output.WriteLine();
        string[] header = ["ID", "TITLE", "OWNER", "INHERENT", "CURRENT", "RESIDUAL", "TREATMENT", "STATUS"];
        var rows = register.Risks.Select(Row).ToList();
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
            output.WriteLine($"{findings.Length} consistency findings ({findings.Count(f => f.Severity == FindingSeverity.Error)} errors):");
            foreach (var f in findings)
            {
                output.WriteLine($"  {f.Code} {f.RiskId}: {f.Message}");
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

    private static void WriteJson(ScoredRegister register, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("methodology", register.Criteria.Name);
            json.WriteString("asOf", register.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("appetite", register.Criteria.Matrix.Definition(register.Criteria.AcceptanceLevel).Name);
            json.WriteStartArray("risks");
            foreach (var r in register.Risks)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id.Value);
                json.WriteString("title", r.Scenario.Title);
                json.WriteString("owner", r.Scenario.Owner.Value);
                Stage(json, "inherent", r.Score.Inherent);
                Stage(json, "current", r.Score.Current);
                Stage(json, "residual", r.Score.Residual);
                json.WriteString("treatment", r.Scenario.Treatment.ToString().ToLowerInvariant());
                json.WriteString("status", Status(r.Score.Evaluation));
                json.WriteStartArray("findings");
                foreach (var f in r.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("code", f.Code);
                    json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                    json.WriteString("message", f.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("explanation");
                foreach (var line in r.Score.Explanation)
                {
                    json.WriteStringValue(line);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Stage(Utf8JsonWriter json, string name, StageScore stage)
    {
        json.WriteStartObject(name);
        json.WriteNumber("likelihood", stage.Likelihood.Value);
        json.WriteNumber("consequence", stage.Consequence.Value);
        json.WriteNumber("level", stage.Level.Value);
        json.WriteString("name", stage.LevelName);
        json.WriteString("source", stage.Source.ToString().ToLowerInvariant());
        json.WriteEndObject();
    }
}
