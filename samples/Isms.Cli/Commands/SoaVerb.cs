using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Isms.Cli.Hosting;
using Isms.Cli.Reports;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Reports;
using Isms.Serialization.Contracts;

namespace Isms.Cli.Commands;

/// <summary><c>isms soa</c>: the sample organisation's Statement of Applicability, one row per Annex A control.</summary>
internal sealed class SoaVerb : Verb
{
    private static readonly string[] Columns =
        ["id", "title", "applicable", "reasons", "exclusion_justification", "status", "applied_controls", "evidence"];

    public override string Name => "soa";

    public override int Order => 25;

    public override string Summary => "The sample organisation's Statement of Applicability, one row per Annex A control";

    protected override IReadOnlyList<Argument> DeclareArguments() => [RiskRegisterSource.File()];

    protected override IReadOnlyList<Option> DeclareOptions() => [CliOptions.Format("table", "csv", "json", "md", "xlsx"), ReportOutput.Option(), CliOptions.AsOf()];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var (isms, _) = RiskRegisterSource.Load(args, context, "soa");
        if (isms.StatementOfApplicability is not { } soa)
        {
            context.Error.WriteLine($"{isms.Profile.LegalName} has no Statement of Applicability yet (ISO/IEC 27001:2022 clause 6.1.3 d)");
            return ExitCodes.ChecksFailed;
        }

        if (args.Get("format") == "xlsx")
        {
            var path = ReportOutput.RequiredPath(args, Name, "xlsx");
            using (var file = ReportOutput.Open(path))
            {
                SoaWorkbookWriter.Write(isms, soa, file);
            }

            context.Out.WriteLine($"Wrote {path}");
            return ExitCodes.Success;
        }

        using var output = ReportOutput.For(args, context);
        context = output.Context;
        var rows = Rows(isms, soa).ToList();
        switch (args.Get("format", "table"))
        {
            case "csv":
                context.Out.WriteLine(string.Join(',', Columns));
                foreach (var row in rows)
                {
                    context.Out.WriteLine(string.Join(',', row.Select(Csv)));
                }

                break;
            case "json":
                // The shape a web host returns for the same Statement of Applicability.
                CliJson.Write(Contracts(isms, soa), context.Out);
                break;
            case "md":
                context.Out.WriteLine($"# Statement of Applicability: {isms.Profile.LegalName}");
                context.Out.WriteLine();
                context.Out.WriteLine(Version(isms, soa));
                context.Out.WriteLine();
                context.Out.WriteLine("| " + string.Join(" | ", Columns) + " |");
                context.Out.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", Columns.Length)));
                foreach (var row in rows)
                {
                    context.Out.WriteLine("| " + string.Join(" | ", row.Select(Md)) + " |");
                }

                break;
            default:
                WriteTable(isms, soa, rows, context.Out);
                break;
        }

        return ExitCodes.Success;
    }

    /// <summary>One row per catalog control, in catalog order, with the columns of <see cref="Columns"/> (the library's
    /// <see cref="SoaRows"/> without the theme).</summary>
    internal static IEnumerable<string[]> Rows(InformationSecurityManagementSystem isms, StatementOfApplicability soa) =>
        SoaRows.Of(isms, soa).Select(r => new[] { r.Id, r.Title, r.Applicable, r.Reasons, r.ExclusionJustification, r.Status, r.AppliedControls, r.Evidence });

    /// <summary>The rows as the shared HTTP/CLI contract (the theme included).</summary>
    internal static ImmutableArray<SoaRowContract> Contracts(InformationSecurityManagementSystem isms, StatementOfApplicability soa) =>
    [
        .. SoaRows.Of(isms, soa).Select(r => new SoaRowContract
        {
            Id = r.Id, Title = r.Title, Theme = r.Theme, Applicable = r.Applicable, Reasons = r.Reasons,
            ExclusionJustification = r.ExclusionJustification, Status = r.Status, AppliedControls = r.AppliedControls, Evidence = r.Evidence,
        }),
    ];

    private static void WriteTable(InformationSecurityManagementSystem isms, StatementOfApplicability soa, List<string[]> rows, TextWriter output)
    {
        output.WriteLine($"Statement of Applicability: {isms.Profile.LegalName}");
        output.WriteLine(Version(isms, soa));
        output.WriteLine();
        output.WriteLine($"{"Id",-5} {"Title",-40} {"Appl.",-9} {"Status",-12} Controls");
        foreach (var row in rows)
        {
            var status = row[5] switch
            {
                "PartiallyImplemented" => "Partial",
                "NotImplemented" => "Not impl.",
                var s => s,
            };
            output.WriteLine($"{row[0],-5} {Cut(row[1], 40),-40} {row[2],-9} {status,-12} {Cut(row[6], 10)}".TrimEnd());
        }

        output.WriteLine();
        output.WriteLine($"{soa.Applicable.Count()} applicable, {soa.Excluded.Count()} excluded, {soa.Undecided.Count()} undecided of {soa.Catalog.Controls.Length} controls.");
    }

    private static string Version(InformationSecurityManagementSystem isms, StatementOfApplicability soa) => (soa.Version is { } v
        ? string.Create(CultureInfo.InvariantCulture, $"Version {v.Version}, approved by {(isms.People.TryGet(v.ApprovedBy, out var p) ? p.Name : v.ApprovedBy.Value)} on {v.ApprovedOn:uuuu-MM-dd}")
        : "Draft (not approved)") + Environment.NewLine + $"Catalog: {soa.Catalog.Name}";

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Md(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
