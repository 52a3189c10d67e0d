using System.Globalization;
using System.Text.Json;
using Isms.Certification.AuditTime;
using Isms.Cli.Hosting;

namespace Isms.Cli.Commands;

/// <summary><c>isms audit-time</c>: ISO/IEC 27006 audit time for a headcount (initial, surveillance, recertification).</summary>
internal sealed class AuditTimeVerb : Verb
{
    private static readonly string[] Levels = ["low", "medium", "high"];

    public override string Name => "audit-time";

    public override int Order => 70;

    public override string Summary => "ISO/IEC 27006 audit time in auditor-days for a number of persons";

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.WholeNumber("--persons", "N", "Persons doing work under the organisation's control (required, positive)", min: 1, required: true),
        CliOptions.Choice("--audit", "The audit: initial (Stage 1 + Stage 2), surveillance or recertification (default initial)", ["initial", "surveillance", "recertification"]),
        CliOptions.Choice("--business", "Business complexity (default medium)", Levels),
        CliOptions.Choice("--it", "IT complexity (default medium)", Levels),
        CliOptions.WholeNumber("--sites", "N", "Sites besides the central function: prints the IAF MD 1 sample size", min: 0),
        CliOptions.Format("table", "json", "plain"),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var persons = args.GetInt("persons", 0);
        var audit = args.Get("audit", "initial") switch
        {
            "surveillance" => AuditType.Surveillance,
            "recertification" => AuditType.Recertification,
            _ => AuditType.Initial,
        };
        var business = Level(args.Get("business", "medium")!);
        var it = Level(args.Get("it", "medium")!);
        int? sites = args.Has("sites") ? args.GetInt("sites", 0) : null;

        var estimate = new AuditTimeCalculator().Calculate(persons, business, it);
        var days = estimate.DaysFor(audit);
        var output = context.Out;
        switch (args.Get("format", "table"))
        {
            case "plain":
                output.WriteLine(Number(days));
                break;
            case "json":
                WriteJson(output, estimate, audit, days, sites);
                break;
            default:
                output.WriteLine($"Audit time for {persons} persons ({AuditName(audit)} audit): {Number(days)} auditor-days");
                output.WriteLine();
                output.WriteLine($"  Table figure (initial)   {Number(estimate.TableDays),6}");
                output.WriteLine($"  Complexity adjustment    {estimate.AdjustmentPercent.ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%",6}   business {business}, IT {it}");
                output.WriteLine($"  Initial audit            {Number(estimate.InitialDays),6}   Stage 1 {Number(estimate.Stage1Days)}, Stage 2 {Number(estimate.Stage2Days)}");
                output.WriteLine($"  Surveillance (each)      {Number(estimate.SurveillanceDays),6}   about 1/3 of initial (IAF MD 5)");
                output.WriteLine($"  Recertification          {Number(estimate.RecertificationDays),6}   about 2/3 of initial (IAF MD 5)");
                if (sites is { } count)
                {
                    var sample = MultiSiteSampling.SampleSize(count, audit);
                    output.WriteLine($"  Sites to sample          {sample,6}   of {count}, plus the central function; at least {MultiSiteSampling.MinimumRandom(sample)} at random (IAF MD 1)");
                }

                output.WriteLine();
                output.WriteLine($"Source: {estimate.Source}");
                break;
        }

        return ExitCodes.Success;
    }

    private static Isms.Certification.AuditTime.ComplexityLevel Level(string text) => text switch
    {
        "low" => Isms.Certification.AuditTime.ComplexityLevel.Low,
        "high" => Isms.Certification.AuditTime.ComplexityLevel.High,
        _ => Isms.Certification.AuditTime.ComplexityLevel.Medium,
    };

    private static string AuditName(AuditType audit) => audit.ToString().ToLowerInvariant();

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void WriteJson(TextWriter output, AuditTimeEstimate estimate, AuditType audit, decimal days, int? sites)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("persons", estimate.Persons);
            json.WriteString("audit", AuditName(audit));
            json.WriteNumber("auditorDays", days);
            json.WriteNumber("tableDays", estimate.TableDays);
            json.WriteNumber("adjustmentPercent", estimate.AdjustmentPercent);
            json.WriteNumber("initialDays", estimate.InitialDays);
            json.WriteNumber("stage1Days", estimate.Stage1Days);
            json.WriteNumber("stage2Days", estimate.Stage2Days);
            json.WriteNumber("surveillanceDays", estimate.SurveillanceDays);
            json.WriteNumber("recertificationDays", estimate.RecertificationDays);
            if (sites is { } count)
            {
                var sample = MultiSiteSampling.SampleSize(count, audit);
                json.WriteStartObject("sampling");
                json.WriteNumber("sites", count);
                json.WriteNumber("sampleSize", sample);
                json.WriteNumber("minimumRandom", MultiSiteSampling.MinimumRandom(sample));
                json.WriteBoolean("centralFunctionEveryTime", true);
                json.WriteEndObject();
            }

            json.WriteString("source", estimate.Source);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
