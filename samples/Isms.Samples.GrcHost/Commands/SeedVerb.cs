using System.Diagnostics;
using System.Globalization;
using Isms.Certification.Lifecycle;
using Isms.Marten;
using Isms.Samples.GrcHost.Generation;
using Isms.Samples.GrcHost.Hosting;
using Isms.Samples.GrcHost.Postgres;
using Isms.Samples.GrcHost.Tenants;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Isms.Samples.GrcHost.Commands;

/// <summary>
/// <c>isms-grc seed --tenants N [--seed S] [--force]</c>: writes N generated organisations (<see cref="OrganisationGenerator"/>)
/// into PostgreSQL, each an ISMS and a certification record, through the library's store (so the deadline read model
/// follows); refuses to overwrite an existing organisation unless <c>--force</c>.
/// </summary>
internal sealed class SeedVerb : GrcVerb
{
    private static readonly Option<ulong?> Seed = CliOptions.Seed("Seed of the generated organisations, 0 to 18446744073709551615 (default 1): the same seed writes the same documents");

    public override string Name => "seed";

    public override string Summary => "Write N generated organisations (ISMS and certification record) into PostgreSQL";

    public override int Order => 10;

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.WholeNumber("--tenants", "N", "How many organisations, 1 to 1000000", min: 1, max: 1_000_000, required: true),
        Seed,
        CliOptions.Force("Replace organisations that exist (erases each one's documents and history first)"),
        CliOptions.WholeNumber("--workers", "N", "Organisations written in parallel, 1 to 64 (default 4)", min: 1, max: 64),
        GrcPostgres.ConnectionOption(),
    ];

    public override int Run(ParsedArguments args, GrcContext context)
    {
        var connection = GrcPostgres.ConnectionString(args);
        var count = args.GetInt("tenants", 1);
        var seed = args.GetValue(Seed) ?? 1UL;
        var force = args.Has("force");
        var workers = args.GetInt("workers", 4);
        return GrcPostgres.Run(connection, async () =>
        {
            using var provider = GrcServices.BuildPostgres(connection, context.Configure);
            var marten = provider.GetRequiredService<MartenDocumentStore>();
            await marten.ApplySchemaAsync().ConfigureAwait(false);
            var store = provider.GetRequiredService<OrganisationStore>();
            var generator = new OrganisationGenerator(provider.GetRequiredService<CertificationLifecycle>(), seed);

            if (!force)
            {
                // Refuse before writing anything when the first or last organisation exists (each save checks again).
                foreach (var index in new[] { 1, count })
                {
                    var tenant = OrganisationGenerator.TenantOf(index);
                    if ((await marten.ListDocumentsAsync(tenant, 1).ConfigureAwait(false)).Items.Count > 0)
                    {
                        throw new UsageException($"organisation {tenant} exists: seeding never overwrites (use --force to replace the generated organisations)");
                    }
                }
            }

            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = workers }, async (index, token) =>
            {
                var organisation = generator.Create(index);
                if (force)
                {
                    await marten.DeleteTenantAsync(organisation.Key, token).ConfigureAwait(false);
                }

                try
                {
                    await store.CreateAsync(organisation, token).ConfigureAwait(false);
                }
                catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict)
                {
                    throw new UsageException($"organisation {organisation.Key} exists: seeding never overwrites (use --force to replace the generated organisations)", ex);
                }
            }).ConfigureAwait(false);
            watch.Stop();

            var (median, largest) = await DocumentSizesAsync(connection, marten.Marten.Options.DatabaseSchemaName).ConfigureAwait(false);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Seeded {count} organisations (seed {seed}) in {watch.Elapsed.TotalSeconds:0.0} s: {count / watch.Elapsed.TotalSeconds:0} organisations/s."));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ISMS documents in the store: median {median / 1024.0:0.0} KiB, largest {largest / 1024.0:0.0} KiB."));
            return ExitCodes.Success;
        });
    }

    /// <summary>The median and largest size of the current ISMS documents (the exact bytes the store keeps).</summary>
    private static async Task<(double Median, long Largest)> DocumentSizesAsync(string connection, string schema)
    {
        await using var database = NpgsqlDataSource.Create(connection);
        await using var command = database.CreateCommand(
            $"SELECT coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY length(content)), 0), coalesce(max(length(content)), 0) FROM {schema}.isms_revisions WHERE kind = 'isms'");
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        return (reader.GetDouble(0), reader.GetInt64(1));
    }
}
