using Isms.Cli.Hosting;
using Isms.Serialization;

namespace Isms.Cli.Commands;

/// <summary><c>isms schema [--kind KIND]</c>: prints the JSON Schema of a document kind.</summary>
internal sealed class SchemaVerb : Verb
{
    public override string Name => "schema";

    public override int Order => 82;

    public override string Summary => "Print the JSON Schema (draft 2020-12) of a document kind";

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Choice("--kind", $"The document kind: {string.Join(", ", IsmsDocumentSerializer.SupportedKinds)} (default {DefaultKind})", IsmsDocumentSerializer.SupportedKinds, helpName: "KIND"),
    ];

    private static string DefaultKind => IsmsDocumentSerializer.SupportedKinds.Contains(DocumentKinds.Isms) ? DocumentKinds.Isms : IsmsDocumentSerializer.SupportedKinds[0];

    public override int Run(ParsedArguments args, CliContext context)
    {
        context.Out.Write(IsmsDocumentSerializer.GetJsonSchema(args.Get("kind", DefaultKind)!));
        return ExitCodes.Success;
    }
}
