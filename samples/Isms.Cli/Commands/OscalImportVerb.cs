using System.Globalization;
using System.Text.Json;
using Isms.Cli.Hosting;
using Isms.Oscal;
using Isms.Serialization;

namespace Isms.Cli.Commands;

/// <summary>
/// <c>isms oscal import CATALOG.json</c>: reads an OSCAL catalog (NIST SP 800-53, CSF 2.0, SP 800-171, a vendor's) the
/// way an application would, and prints what it holds: controls, enhancements, groups and parameters. A malformed
/// document is one line with its code, JSON path and line, exit 2.
/// </summary>
internal sealed class OscalImportVerb : Verb
{
    public override string Name => "oscal import";

    public override int Order => 70;

    public override string Summary => "Read an OSCAL catalog (NIST SP 800-53, CSF 2.0, ...) and summarise it: controls, enhancements, groups, parameters";

    protected override IReadOnlyList<Argument> DeclareArguments() =>
        [CliArguments.File("CATALOG.json", "An OSCAL catalog or resolved profile in JSON (OSCAL 1.x)", required: true)];

    protected override IReadOnlyList<Option> DeclareOptions() => [CliOptions.Format("table", "json")];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var path = args.Positionals[0];
        var import = Read(path);
        var catalog = import.Catalog;
        if (args.Get("format", "table") == "json")
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("id", catalog.Id);
                writer.WriteString("title", import.Title);
                writer.WriteString("version", import.Version);
                writer.WriteString("oscalVersion", import.OscalVersion);
                writer.WriteNumber("controls", import.Controls);
                writer.WriteNumber("enhancements", import.Enhancements);
                writer.WriteNumber("groups", import.Groups);
                writer.WriteNumber("parameters", import.Parameters);
                writer.WriteNumber("withdrawn", import.Withdrawn);
                writer.WriteEndObject();
            }

            context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
            return ExitCodes.Success;
        }

        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine(import.Title);
        context.Out.WriteLine(string.Create(inv, $"  OSCAL {import.OscalVersion}, version {import.Version}, uuid {catalog.Id}"));
        context.Out.WriteLine(string.Create(inv, $"  controls      {import.Controls,6}"));
        context.Out.WriteLine(string.Create(inv, $"  enhancements  {import.Enhancements,6}"));
        context.Out.WriteLine(string.Create(inv, $"  groups        {import.Groups,6}"));
        context.Out.WriteLine(string.Create(inv, $"  parameters    {import.Parameters,6}"));
        if (import.Withdrawn > 0)
        {
            context.Out.WriteLine(string.Create(inv, $"  withdrawn     {import.Withdrawn,6}  (kept in the catalog, marked withdrawn by its publisher)"));
        }

        context.Out.WriteLine();
        context.Out.WriteLine(string.Create(inv, $"Themes: {string.Join("; ", catalog.Themes.Take(8))}{(catalog.Themes.Length > 8 ? "; ..." : "")}"));
        return ExitCodes.Success;
    }

    /// <summary>Reads the catalog; an unreadable file or a malformed document is one line, exit 2.</summary>
    internal static OscalCatalogImport Read(string path)
    {
        var bytes = DocumentInput.ReadBytes(path);
        try
        {
            return OscalCatalogReader.Default.Read(bytes, DocumentErrorText.OneLine(path));
        }
        catch (IsmsDocumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
