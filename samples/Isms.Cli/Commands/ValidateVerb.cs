using Isms.Cli.Hosting;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement.Criteria;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using Isms.Serialization;
using System.Globalization;
using NodaTime;

namespace Isms.Cli.Commands;

/// <summary><c>isms validate FILE</c>: reads a document strictly and reports what it holds.</summary>
internal sealed class ValidateVerb : Verb
{
    public override string Name => "validate";

    public override int Order => 80;

    public override string Summary => "Check a document file: 0 valid, 1 readable but with findings, 2 unreadable or malformed";

    protected override IReadOnlyList<Argument> DeclareArguments() => [CliArguments.File("FILE", "The document to check (any kind)", required: true)];

    protected override IReadOnlyList<Option> DeclareOptions() => [CliOptions.Format("table", "json"), CliOptions.AsOf()];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var path = args.Positionals[0];
        var bytes = DocumentInput.ReadBytes(path); // read once: the path may be a file that cannot be read twice
        var document = DocumentInput.Parse(path, bytes);
        var summary = Describe(document.Model);
        var today = args.AsOf(context.Clock);
        var findings = document.Model switch
        {
            InformationSecurityManagementSystem isms => ReadinessVerb.Analyzer.Analyze(isms, today).Findings
                .Where(f => f.Severity == ReadinessSeverity.Blocking)
                .Select(f => new Finding(f.Code, f.Reference, f.Message))
                .ToList(),
            CertificationRecord => OverdueDeadlines(path, bytes, args.Has("as-of") ? today : null, context),
            _ => [],
        };
        if (args.Get("format") == "json")
        {
            var findingsJson = string.Join(",", findings.Select(f => "{\"code\":" + Quote(f.Code) + ",\"reference\":" + Quote(f.Reference) + ",\"message\":" + Quote(f.Message) + "}"));
            context.Out.WriteLine(
                $$"""{"file":{{Quote(path)}},"kind":{{Quote(document.Kind)}},"schemaVersion":{{document.SchemaVersion}},"currentSchemaVersion":{{document.CurrentSchemaVersion}},"migrated":{{(document.WasMigrated ? "true" : "false")}},"findings":[{{findingsJson}}],"summary":{{Quote(summary)}}}""");
        }
        else
        {
            context.Out.WriteLine($"{path}: valid {document.Kind} document, schemaVersion {document.SchemaVersion}{(document.WasMigrated ? $" (migrated to {document.CurrentSchemaVersion} on read; saving writes {document.CurrentSchemaVersion})" : string.Empty)}");
            context.Out.WriteLine($"  {summary}");
            context.Out.WriteLine(findings.Count == 0 ? "  0 blocking findings"
                : document.Model is CertificationRecord ? $"  {findings.Count} overdue deadlines as of {today:uuuu-MM-dd} (details: isms certification {path})"
                : $"  {findings.Count} blocking readiness findings (details: isms readiness {path})");
            foreach (var finding in findings)
            {
                context.Out.WriteLine($"  {finding.Code} {finding.Reference}: {finding.Message}");
            }
        }

        return findings.Count == 0 ? ExitCodes.Success : ExitCodes.ChecksFailed;
    }

    /// <summary>
    /// The findings of a certification record: every deadline overdue as of the clock, or the start of
    /// <paramref name="asOf"/> in the policy's time zone (a missed surveillance, majors not closed in time, a suspension
    /// past its cap, an expired certificate...), evaluated under the policy the record stores.
    /// </summary>
    private static List<Finding> OverdueDeadlines(string path, byte[] bytes, LocalDate? asOf, CliContext context)
    {
        var document = DocumentInput.ParseAs<CertificationRecordDocument>(path, bytes);
        var lifecycle = new CertificationLifecycle(context.Clock, document.Policy);
        var now = asOf is { } day ? day.AtStartOfDayInZone(document.Policy.TimeZone).ToInstant() : context.Clock.GetCurrentInstant();
        return [.. CertificationVerb.Overdue(document.Record, lifecycle, now)
            .Select(d => new Finding(
                "CERT-OVERDUE",
                d.Kind.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"{CertificationVerb.DeadlineText(d.Kind)} was due {d.DueDate:uuuu-MM-dd} ({(d.Source == RuleSource.Standard ? "standard" : "CB policy")}){(d.Consequence is { } next ? $"; the clock fires {next}" : string.Empty)}")))];
    }

    private sealed record Finding(string Code, string Reference, string Message);

    private static string Describe(object model) => model switch
    {
        CertificationRecord record => $"certification record of {record.Application.OrganisationName}: {record.State}, {record.History.Count} events, certificate {(record.Certificate is { } c ? c.Number.Value : "none")}",
        InformationSecurityManagementSystem isms => $"ISMS of {isms.Profile.LegalName}: {isms.Assets.Count} assets, {isms.Risks.Count} risks, {isms.AppliedControls.Count} applied controls",
        RiskCriteria criteria => $"risk methodology '{criteria.Name}': {criteria.Matrix.Likelihood.Count}x{criteria.Matrix.Consequence.Count} matrix",
        ControlCatalog catalog => $"catalog '{catalog.Id}' ({catalog.Name}): {catalog.Controls.Length} controls",
        _ => model.GetType().Name,
    };

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text, CliJsonContext.Default.String);
}
