using System.Text.Json;
using Isms.Cli.Hosting;
using Isms.Core.Catalogs;
using Isms.Oscal;
using Isms.Oscal.Crosswalks;
using Isms.Serialization;

namespace Isms.Cli.Commands;

/// <summary>
/// <c>isms crosswalk [FILE] --to csf-2.0|sp800-53r5|MAPPING [--catalog CATALOG.json] [--format table|tsv|json]</c>: what the
/// ISMS (the built-in sample organisation without FILE) covers of another framework, one row per target control, with
/// the ISO controls and relationships behind each status. Only equal and superset relationships count as covered.
/// </summary>
internal sealed class CrosswalkVerb : Verb
{
    public override string Name => "crosswalk";

    public override int Order => 72;

    public override string Summary => "Coverage of another framework (NIST CSF 2.0, SP 800-53 rev5, or your own mapping) by the ISMS, per target control";

    protected override IReadOnlyList<Argument> DeclareArguments() => [RiskRegisterSource.File()];

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Text("--to", "csf-2.0|sp800-53r5|MAPPING", "The target: csf-2.0 or sp800-53r5 (shipped), or your mapping from ISO/IEC 27001:2022 Annex A: a .csv file (docs/crosswalks.md), else an OSCAL mapping collection (JSON)", required: true),
        CliOptions.Path("--catalog", "CATALOG.json", "The target's OSCAL catalog, for the target controls' titles (e.g. NIST's CSF 2.0 catalog)"),
        CliOptions.Format("table", "tsv", "json"),
        CliOptions.AsOf(),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var to = args.Get("to")!;
        var crosswalk = CrosswalkSets.To(to) ?? ReadMapping(to);
        var titles = args.Get("catalog") is { } catalogPath ? OscalImportVerb.Read(catalogPath).Catalog : null;
        var (isms, _) = RiskRegisterSource.Load(args, context, Name);
        var coverage = CrosswalkCoverage.Compute(isms, crosswalk);
        string Title(ControlId id) => titles is not null && titles.TryGet(id, out var control) ? control.Title : "";
        switch (args.Get("format", "table"))
        {
            case "tsv":
                context.Out.Write("target_id\ttarget_title\tstatus\tiso_controls\trelationships\n");
                foreach (var target in coverage.Targets)
                {
                    context.Out.Write($"{target.Target.Value}\t{Clean(Title(target.Target))}\t{Status(target.Status)}\t{string.Join(';', target.Support.Select(s => s.Control.Value))}\t{Relationships(target)}\n");
                }

                break;
            case "json":
                WriteJson(coverage, Title, context.Out);
                break;
            default:
                WriteTable(coverage, Title, context.Out);
                break;
        }

        return ExitCodes.Success;
    }

    /// <summary>The status as the contract spells it: covered, partial, not-covered, not-applicable.</summary>
    internal static string Status(CoverageStatus status) => CrosswalkCoverageContract.Spell(status);

    /// <summary>The relationship as the contract spells it: equal, subset, superset, intersects, not-related.</summary>
    internal static string Relationship(CrosswalkRelationship relationship) => CrosswalkCoverageContract.Spell(relationship);

    private static string Relationships(TargetCoverage target) =>
        string.Join(';', target.Support.Select(s => $"{s.Control.Value}:{Relationship(s.Entry.Relationship)}"));

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static Crosswalk ReadMapping(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"option --to: '{path}' is neither a shipped crosswalk ({string.Join(", ", CrosswalkSets.Targets)}) nor a mapping file");
        }

        var bytes = DocumentInput.ReadBytes(path);
        try
        {
            // A .csv file is the documented mapping CSV; anything else an OSCAL mapping collection in JSON.
            return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? CrosswalkCsvReader.Default.Read(bytes, DocumentErrorText.OneLine(path))
                : OscalMappingReader.Default.Read(bytes, DocumentErrorText.OneLine(path));
        }
        catch (IsmsDocumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static void WriteTable(CrosswalkCoverage coverage, Func<ControlId, string> title, TextWriter output)
    {
        var crosswalk = coverage.Crosswalk;
        output.WriteLine($"{crosswalk.Source} -> {crosswalk.Target}: {CountsLine(coverage)}");
        output.WriteLine($"Only {string.Join(" and ", coverage.FullRelationships.Select(Relationship))} relationships count as covered; weaker ones are listed for review.");
        output.WriteLine();
        foreach (var target in coverage.Targets)
        {
            output.WriteLine($"  {target.Target.Value,-10} {Status(target.Status),-14} {Shorten(title(target.Target), 52)}".TrimEnd());
            if (!target.Support.IsEmpty)
            {
                output.WriteLine($"  {"",-10} <- {Relationships(target).Replace(";", ", ", StringComparison.Ordinal)}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Source: {crosswalk.Provenance}. Licence: {crosswalk.Licence}.");
    }

    /// <summary>The counts in one line, e.g. <c>40 covered, 50 partial, 16 not covered, 0 not applicable (of 106)</c>.</summary>
    internal static string CountsLine(CrosswalkCoverage coverage) =>
        $"{coverage.Count(CoverageStatus.Covered)} covered, {coverage.Count(CoverageStatus.Partial)} partial, {coverage.Count(CoverageStatus.NotCovered)} not covered, "
        + $"{coverage.Count(CoverageStatus.NotApplicable)} not applicable (of {coverage.Targets.Length})";

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 3)] + "...";

    private static void WriteJson(CrosswalkCoverage coverage, Func<ControlId, string> title, TextWriter output) =>
        output.Write(JsonSerializer.Serialize(CrosswalkCoverageContract.From(coverage, title), CrosswalkCoverageContract.JsonTypeInfo) + "\n");
}
