using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Isms.Cli.Hosting;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;
using Isms.Serialization;
using Isms.Serialization.Import;

namespace Isms.Cli.Commands;

/// <summary>
/// <c>isms catalog</c>: the ISO/IEC 27001 Annex A catalogs (2022 with its ISO/IEC 27002 attributes, or 2013) and the
/// 2013 to 2022 mapping of ISO/IEC 27002:2022 Annex B, as a table for people or tsv/json for tools.
/// </summary>
internal sealed class CatalogVerb : Verb
{
    private static readonly string[] AttributeHeader = ["control_type", "properties", "concepts", "capabilities", "domains"];

    public override string Name => "catalog";

    public override int Order => 10;

    public override string Summary => "List the Annex A controls (2022 or 2013), their ISO/IEC 27002 attributes, or the 2013 -> 2022 mapping";

    public override string Usage => "catalog [--edition 2022|2013] [--format table|tsv|json] [--attributes] [--mapping] [--theme THEME] [--with VALUES] [--new] [--transition FILE]";

    public override IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("edition", "Annex A edition: 2022 (default) or 2013", "EDITION", ["2022", "2013"]),
        OptionSpec.Format("table", "tsv", "json"),
        new("attributes", "Add the five ISO/IEC 27002:2022 attribute columns (2022 only)"),
        new("mapping", "Print the ISO/IEC 27002:2022 Annex B pairs id_2013 -> id_2022 instead"),
        new("theme", "Only controls of this theme (e.g. Technological, or 'A.9 Access control' for 2013)", "THEME"),
        new("with", "Only 2022 controls carrying all these attribute values, e.g. Detective,Availability", "VALUES"),
        new("new", "Only the 11 controls new in 2022"),
        new("transition", "What a 2013 SoA becomes in 2022: FILE lists the applicable 2013 ids, one per line", "FILE"),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var edition = args.Get("edition", "2022")!;
        var format = args.Get("format", "table")!;
        var attributes = args.Has("attributes");
        if (args.Get("transition") is { } path)
        {
            if (args.Has("mapping") || attributes || args.Has("theme") || args.Has("with") || args.Has("new") || args.Has("edition"))
            {
                throw new UsageException("--transition reads 2013 ids and prints the 2022 controls; it takes only --format");
            }

            WriteTransition(AnnexAMapping.TransitionFrom2013(ReadApplicable2013(path)), format, context.Out);
            return ExitCodes.Success;
        }

        if (args.Has("mapping"))
        {
            if (attributes || args.Has("theme") || args.Has("with") || args.Has("new"))
            {
                throw new UsageException("--mapping prints the whole 2013 -> 2022 mapping; it takes no --attributes, --theme, --with or --new");
            }

            WriteMapping(AnnexAMapping.Iso27001_2013_To_2022, format, context.Out);
            return ExitCodes.Success;
        }

        var catalog = edition == "2013" ? AnnexA.Iso27001_2013 : AnnexA.Iso27001_2022;
        if (edition == "2013" && (attributes || args.Has("with") || args.Has("new")))
        {
            throw new UsageException("--attributes, --with and --new apply to the 2022 edition only (ISO/IEC 27002:2022 attributes)");
        }

        var controls = Select(catalog, args);
        switch (format)
        {
            case "tsv":
                WriteTsv(catalog, controls, attributes, context.Out);
                break;
            case "json":
                WriteJson(catalog, controls, context.Out);
                break;
            default:
                WriteTable(catalog, controls, attributes, context.Out);
                break;
        }

        return ExitCodes.Success;
    }

    private static ImmutableArray<ControlId> ReadApplicable2013(string path)
    {
        try
        {
            return DocumentInput.Open(path, stream => ControlCatalogTsvReader.Default.ReadControlList(stream, AnnexA.Iso27001_2013));
        }
        catch (IsmsDocumentException ex)
        {
            throw new UsageException($"{DocumentErrorText.OneLine(path)}: {ex.Message}");
        }
    }

    private static void WriteTransition(CatalogTransition transition, string format, TextWriter output)
    {
        var rows = transition.Applicable.Select(t => (t.Control, Status: "applicable", Sources: t.ApplicableSources, t.AllSources))
            .Concat(transition.PreviouslyNotApplicable.Select(t => (t.Control, Status: "previously_not_applicable", Sources: t.AllSources, t.AllSources)))
            .Concat(transition.WithoutPredecessor.Select(c => (Control: c, Status: "new", Sources: ImmutableArray<ControlId>.Empty, AllSources: ImmutableArray<ControlId>.Empty)))
            .OrderBy(r => AnnexA.Iso27001_2022.Controls.IndexOf(r.Control))
            .ToList();
        switch (format)
        {
            case "tsv":
                output.Write("id_2022\tstatus\tfrom_2013\n");
                foreach (var row in rows)
                {
                    output.Write($"{row.Control.Id.Value}\t{row.Status}\t{string.Join(',', row.Sources)}\n");
                }

                break;
            case "json":
                WriteJson(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteStartObject("transition");
                    json.WriteNumber("applicable", transition.Applicable.Length);
                    json.WriteNumber("previouslyNotApplicable", transition.PreviouslyNotApplicable.Length);
                    json.WriteNumber("new", transition.WithoutPredecessor.Length);
                    json.WriteEndObject();
                    json.WriteStartArray("controls");
                    foreach (var row in rows)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", row.Control.Id.Value);
                        json.WriteString("title", row.Control.Title);
                        json.WriteString("status", row.Status);
                        WriteIds(json, "applicable2013", row.Status == "applicable" ? row.Sources : []);
                        WriteIds(json, "all2013", row.AllSources);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            default:
                output.WriteLine("What the 2013 Statement of Applicability becomes in ISO/IEC 27001:2022 (ISO/IEC 27002:2022 Annex B)");
                WriteSection(output, $"Applicable: carry the decision over, check the 2022 scope ({transition.Applicable.Length})", rows.Where(r => r.Status == "applicable"));
                WriteSection(output, $"Predecessors all excluded: confirm or revise the exclusion ({transition.PreviouslyNotApplicable.Length})", rows.Where(r => r.Status == "previously_not_applicable"));
                WriteSection(output, $"New in 2022: a fresh, risk-based decision ({transition.WithoutPredecessor.Length})", rows.Where(r => r.Status == "new"));
                break;
        }
    }

    private static void WriteSection(TextWriter output, string heading, IEnumerable<(CatalogControl Control, string Status, ImmutableArray<ControlId> Sources, ImmutableArray<ControlId> AllSources)> rows)
    {
        output.WriteLine();
        output.WriteLine(heading);
        foreach (var row in rows)
        {
            var from = row.Sources.IsEmpty ? "" : $"  <- {string.Join(", ", row.Sources)}";
            output.WriteLine($"  {row.Control.Id.Value,-6} {row.Control.Title}{from}");
        }
    }

    private static ImmutableArray<CatalogControl> Select(ControlCatalog catalog, ParsedArguments args)
    {
        var controls = catalog.Controls;
        if (args.Get("theme") is { } theme)
        {
            var themed = catalog.Themes.FirstOrDefault(t =>
                string.Equals(t, theme, StringComparison.OrdinalIgnoreCase)
                || t.StartsWith(theme + " ", StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"option --theme: '{theme}' is not a theme of {catalog.Name} (themes: {string.Join(", ", catalog.Themes)})");
            controls = catalog.ByTheme(themed);
        }

        if (args.Get("with") is { } with)
        {
            var query = ParseQuery(with);
            controls = [.. controls.Where(c => c.Attributes is { } a && a.Matches(query))];
        }

        if (args.Has("new"))
        {
            controls = [.. controls.Where(c => c.IsNewIn2022)];
        }

        return controls;
    }

    private static AttributeQuery ParseQuery(string text)
    {
        var query = new AttributeQuery();
        foreach (var token in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Iso27002Hashtags.TryParse(token, out ControlTypes type))
            {
                query = query with { ControlTypes = query.ControlTypes | type };
            }
            else if (Iso27002Hashtags.TryParse(token, out InformationSecurityProperties property))
            {
                query = query with { Properties = query.Properties | property };
            }
            else if (Iso27002Hashtags.TryParse(token, out CybersecurityConcepts concept))
            {
                query = query with { Concepts = query.Concepts | concept };
            }
            else if (Iso27002Hashtags.TryParse(token, out OperationalCapabilities capability))
            {
                query = query with { Capabilities = query.Capabilities | capability };
            }
            else if (Iso27002Hashtags.TryParse(token, out SecurityDomains domain))
            {
                query = query with { Domains = query.Domains | domain };
            }
            else
            {
                throw new UsageException($"option --with: '{token}' is not an ISO/IEC 27002:2022 attribute value (e.g. Preventive, Availability, Detect, Asset_management, Resilience)");
            }
        }

        return query;
    }

    private static string[] AttributeFields(CatalogControl control)
    {
        var a = control.Attributes;
        return a is null
            ? ["", "", "", "", ""]
            :
            [
                string.Join(',', Iso27002Hashtags.Names(a.ControlTypes)),
                string.Join(',', Iso27002Hashtags.Names(a.Properties)),
                string.Join(',', Iso27002Hashtags.Names(a.Concepts)),
                string.Join(',', Iso27002Hashtags.Names(a.Capabilities)),
                string.Join(',', Iso27002Hashtags.Names(a.Domains)),
            ];
    }

    private static void WriteTsv(ControlCatalog catalog, ImmutableArray<CatalogControl> controls, bool attributes, TextWriter output)
    {
        var is2013 = catalog.Id == AnnexA.Iso27001_2013_Id;
        string[] header = is2013 ? ["id", "clause", "objective", "title"] : ["id", "theme", "title"];
        output.Write(string.Join('\t', attributes ? [.. header, .. AttributeHeader] : header) + "\n");
        foreach (var control in controls)
        {
            string[] fields = is2013
                ? [control.Id.Value, control.Theme, control.Group ?? "", control.Title]
                : [control.Id.Value, control.Theme, control.Title];
            output.Write(string.Join('\t', attributes ? [.. fields, .. AttributeFields(control)] : fields) + "\n");
        }
    }

    private static void WriteTable(ControlCatalog catalog, ImmutableArray<CatalogControl> controls, bool attributes, TextWriter output)
    {
        var is2013 = catalog.Id == AnnexA.Iso27001_2013_Id;
        output.WriteLine(catalog.Name);
        output.WriteLine();
        string? group = null;
        foreach (var control in controls)
        {
            var heading = is2013 ? control.Group : control.Theme;
            if (heading != group)
            {
                if (group is not null)
                {
                    output.WriteLine();
                }

                output.WriteLine(is2013 ? $"{control.Theme} / {heading}" : heading);
                group = heading;
            }

            var marker = control.IsNewIn2022 ? "*" : " ";
            output.WriteLine($"  {control.Id.Value,-9}{marker} {control.Title}");
            if (attributes && control.Attributes is { } a)
            {
                output.WriteLine($"             {a}");
            }
        }

        output.WriteLine();
        if (is2013)
        {
            output.WriteLine($"{controls.Length} of {catalog.Count} controls in {catalog.Themes.Length} clauses.");
        }
        else
        {
            var counts = string.Join(", ", catalog.Themes.Select(t => $"{t} {controls.Count(c => c.Theme == t)}"));
            output.WriteLine($"{controls.Length} of {catalog.Count} controls: {counts}; * new in 2022 ({controls.Count(c => c.IsNewIn2022)}).");
        }

        output.WriteLine($"Source: {catalog.Source}.");
    }

    private static void WriteJson(ControlCatalog catalog, ImmutableArray<CatalogControl> controls, TextWriter output)
    {
        var mapping = AnnexAMapping.Iso27001_2013_To_2022;
        var is2013 = catalog.Id == AnnexA.Iso27001_2013_Id;
        WriteJson(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("catalog");
            json.WriteString("id", catalog.Id);
            json.WriteString("name", catalog.Name);
            json.WriteString("source", catalog.Source);
            json.WriteNumber("count", controls.Length);
            json.WriteEndObject();
            json.WriteStartArray("controls");
            foreach (var control in controls)
            {
                json.WriteStartObject();
                json.WriteString("id", control.Id.Value);
                json.WriteString(is2013 ? "clause" : "theme", control.Theme);
                if (control.Group is { } objective)
                {
                    json.WriteString("objective", objective);
                }

                json.WriteString("title", control.Title);
                if (is2013)
                {
                    WriteIds(json, "mapsTo2022", mapping.TargetsOf(control.Id));
                }
                else
                {
                    json.WriteBoolean("newIn2022", control.IsNewIn2022);
                    WriteIds(json, "mapsFrom2013", mapping.SourcesOf(control.Id));
                }

                if (control.Attributes is { } a)
                {
                    json.WriteStartObject("attributes");
                    WriteNames(json, "controlType", Iso27002Hashtags.Names(a.ControlTypes));
                    WriteNames(json, "properties", Iso27002Hashtags.Names(a.Properties));
                    WriteNames(json, "concepts", Iso27002Hashtags.Names(a.Concepts));
                    WriteNames(json, "capabilities", Iso27002Hashtags.Names(a.Capabilities));
                    WriteNames(json, "domains", Iso27002Hashtags.Names(a.Domains));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteMapping(ControlCatalogMapping mapping, string format, TextWriter output)
    {
        switch (format)
        {
            case "tsv":
                output.Write("id_2013\tid_2022\n");
                foreach (var pair in mapping.Pairs)
                {
                    output.Write($"{pair.Source.Value}\t{pair.Target.Value}\n");
                }

                break;
            case "json":
                WriteJson(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteStartObject("mapping");
                    json.WriteString("id", mapping.Id);
                    json.WriteString("source", mapping.Source.Id);
                    json.WriteString("target", mapping.Target.Id);
                    json.WriteString("provenance", mapping.Provenance);
                    json.WriteNumber("count", mapping.Pairs.Length);
                    json.WriteEndObject();
                    json.WriteStartArray("pairs");
                    foreach (var pair in mapping.Pairs)
                    {
                        json.WriteStartObject();
                        json.WriteString("id_2013", pair.Source.Value);
                        json.WriteString("id_2022", pair.Target.Value);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("newIn2022");
                    foreach (var control in mapping.TargetsWithoutSource)
                    {
                        json.WriteStringValue(control.Id.Value);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            default:
                output.WriteLine($"{mapping.Source.Name} -> {mapping.Target.Name} (ISO/IEC 27002:2022 Annex B)");
                output.WriteLine();
                foreach (var pair in mapping.Pairs)
                {
                    output.WriteLine($"  {pair.Source.Value,-9} -> {pair.Target.Value,-5} {mapping.Target[pair.Target].Title}");
                }

                output.WriteLine();
                var targets = mapping.Pairs.Select(p => p.Target).Distinct().Count();
                output.WriteLine($"{mapping.Pairs.Length} pairs: {mapping.Source.Count} controls of 2013 map onto {targets} of the {mapping.Target.Count} controls of 2022.");
                output.WriteLine($"New in 2022 (no 2013 predecessor): {string.Join(", ", mapping.TargetsWithoutSource.Select(c => c.Id.Value))}.");
                output.WriteLine($"Source: {mapping.Provenance}.");
                break;
        }
    }

    private static void WriteIds(Utf8JsonWriter json, string name, ImmutableArray<ControlId> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id.Value);
        }

        json.WriteEndArray();
    }

    private static void WriteNames(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }
}
