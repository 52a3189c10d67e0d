using System.Globalization;
using Isms.Marten;
using Isms.Samples.GrcHost.Hosting;
using Isms.Samples.GrcHost.Postgres;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Isms.Samples.GrcHost.Commands;

/// <summary>
/// <c>isms-grc migrate --from-files DIR</c>: creates (or updates) the PostgreSQL schema, then moves a folder store (the bare
/// command's <c>--store</c>) into PostgreSQL with every revision's saved-by and saved-at (Isms.Marten's <c>ImportAsync</c>).
/// Every revision is read strictly before it is written; a document that exists in PostgreSQL is refused.
/// </summary>
internal sealed class MigrateVerb : GrcVerb
{
    public override string Name => "migrate";

    public override string Summary => "Create the PostgreSQL schema and move a folder store into it, keeping the history";

    public override int Order => 40;

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Path("--from-files", "DIR", "The folder store to move (e.g. the bare command's --store); without it, only the schema is applied"),
        GrcPostgres.ConnectionOption(),
    ];

    public override int Run(ParsedArguments args, GrcContext context)
    {
        var connection = GrcPostgres.ConnectionString(args);
        var from = args.Get("from-files");
        if (from is not null && !Directory.Exists(from))
        {
            throw new UsageException($"option --from-files: '{from}' is not a folder");
        }

        return GrcPostgres.Run(connection, async () =>
        {
            using var provider = GrcServices.BuildPostgres(connection, context.Configure);
            var store = provider.GetRequiredService<MartenDocumentStore>();
            await store.ApplySchemaAsync().ConfigureAwait(false);
            context.Out.WriteLine($"Schema '{store.Marten.Options.DatabaseSchemaName}' is up to date at {GrcPostgres.Server(connection)}.");
            if (from is null)
            {
                return ExitCodes.Success;
            }

            var source = new FolderDocumentStore(from, provider.GetRequiredService<IsmsDocumentSerializer>(), provider.GetRequiredService<IClock>());
            var tenants = 0;
            string? after = null;
            do
            {
                var page = await source.ListTenantsAsync(1000, after).ConfigureAwait(false);
                tenants += page.Items.Count;
                after = page.Next;
            }
            while (after is not null);

            var revisions = await store.ImportAsync(source).ConfigureAwait(false);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Moved {revisions} revisions of {tenants} organisations from {Path.GetFullPath(from)} into PostgreSQL."));
            return ExitCodes.Success;
        });
    }
}
