using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core.Catalogs;
using Isms.Serialization;
using Isms.Serialization.Storage;

namespace Isms.Cli.Commands;

/// <summary><c>isms init FILE [--force]</c>: writes a starting document (crash-safely) that the other verbs read.</summary>
internal sealed class InitVerb : Verb
{
    public override string Name => "init";

    public override int Order => 81;

    public override string Summary => "Write a starting document to FILE (default: the sample organisation as an isms document; refuses to overwrite unless --force)";

    protected override IReadOnlyList<Argument> DeclareArguments() => [CliArguments.File("FILE", "The document to write", required: true)];

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Choice("--kind", $"The document kind to start: {string.Join(", ", IsmsDocumentSerializer.SupportedKinds)}", IsmsDocumentSerializer.SupportedKinds, helpName: "KIND"),
        CliOptions.Force("Overwrite FILE if it exists"),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        try
        {
            return Write(args, context);
        }
        catch (DocumentStoreException ex)
        {
            // An empty path or a folder (ISMS-STORE-004), a missing or read-only folder (ISMS-STORE-006): one line, exit 2.
            throw new UsageException(ex.Message);
        }
        catch (IsmsDocumentException ex)
        {
            // FILE exists but is a pipe, a device or not a readable document: it is not overwritten.
            throw new UsageException(ex.Message);
        }
    }

    private static int Write(ParsedArguments args, CliContext context)
    {
        var path = args.Positionals[0];
        var store = new DocumentFileStore();
        var existing = store.CurrentVersion(path);
        if (!existing.IsNone && !args.Has("force"))
        {
            throw new UsageException($"{path} exists; use --force to overwrite it");
        }

        var kind = args.Get("kind", DocumentKinds.Isms)!;
        switch (kind)
        {
            case DocumentKinds.Isms:
                store.Save(path, SampleOrganisation.Create(context.Clock.GetCurrentInstant().InUtc().Date), existing);
                break;
            case DocumentKinds.RiskMethodology:
                store.Save(path, SampleOrganisation.Criteria, existing);
                break;
            case DocumentKinds.ControlCatalog:
                store.Save(path, StarterCatalog, existing);
                break;
            case DocumentKinds.CertificationRecord:
                store.Save(path, CertificationVerb.SampleRecord(context.Clock.GetCurrentInstant().InUtc().Date), existing);
                break;
            default:
                throw new UsageException($"init cannot start a '{kind}' document yet");
        }

        context.Out.WriteLine($"wrote {path} ({kind}, schemaVersion {IsmsDocumentSerializer.CurrentSchemaVersion(kind)}); check it with 'isms validate {path}'");
        return ExitCodes.Success;
    }

    /// <summary>A starting catalog: a few ISO/IEC 27001:2022 Annex A controls (ids and titles only) to extend.</summary>
    private static ControlCatalog StarterCatalog { get; } = new(
        "my-catalog",
        "My control catalog",
        "Started with 'isms init'; ISO/IEC 27001:2022 Annex A ids and titles",
        [
            new CatalogControl(new ControlId("5.1"), "Organizational", "Policies for information security"),
            new CatalogControl(new ControlId("5.2"), "Organizational", "Information security roles and responsibilities"),
            new CatalogControl(new ControlId("6.3"), "People", "Information security awareness, education and training"),
            new CatalogControl(new ControlId("7.1"), "Physical", "Physical security perimeters"),
            new CatalogControl(new ControlId("8.1"), "Technological", "User end point devices"),
        ]);
}
