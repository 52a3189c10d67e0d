using System.Diagnostics;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Marten;
using Isms.Samples.GrcHost.Tenants;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Npgsql;
using NodaTime;

namespace Isms.Samples.GrcHost.Evaluation;

/// <summary>
/// Spreads an evaluation run over every <c>isms-grc evaluate</c> process sharing the database, with PostgreSQL's own row
/// locks (decision record 0010): the run's tenants are cut into batches, one row each; a worker takes the next batch
/// with <c>SELECT ... FOR UPDATE SKIP LOCKED</c> inside a transaction, evaluates its tenants, writes their results and
/// marks the batch done in that same transaction. So each tenant's result is committed exactly once per run: a process
/// killed mid-batch loses its connection, PostgreSQL rolls its transaction back and releases the row, and another worker
/// takes the batch. No lease timer, no coordinator.
/// </summary>
/// <remarks>Thread-safe: each worker uses its own connection.</remarks>
internal sealed class EvaluationQueue(NpgsqlDataSource database, string schema)
{
    private string Runs => $"{schema}.grc_evaluation_runs";

    private string Batches => $"{schema}.grc_evaluation_batches";

    /// <summary>The read model of the results: one row per run and tenant.</summary>
    public string Results => $"{schema}.grc_evaluation_results";

    /// <summary>Creates the queue's tables if missing (idempotent, under an advisory lock so two processes starting
    /// together do not race on CREATE).</summary>
    public async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            BEGIN;
            SELECT pg_advisory_xact_lock(hashtextextended('isms-grc-evaluation:{schema}', 0));
            CREATE SCHEMA IF NOT EXISTS {schema};
            CREATE TABLE IF NOT EXISTS {Runs} (
                run_id text COLLATE "C" PRIMARY KEY,
                as_of date NOT NULL,
                tenants integer NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now());
            CREATE TABLE IF NOT EXISTS {Batches} (
                run_id text COLLATE "C" NOT NULL,
                batch integer NOT NULL,
                tenants text[] NOT NULL,
                done_by text NULL,
                done_at timestamptz NULL,
                PRIMARY KEY (run_id, batch));
            CREATE TABLE IF NOT EXISTS {Results} (
                run_id text COLLATE "C" NOT NULL,
                tenant_id text COLLATE "C" NOT NULL,
                evaluated_by text NOT NULL,
                evaluated_at timestamptz NOT NULL DEFAULT now(),
                ready boolean NOT NULL,
                readiness_findings integer NOT NULL,
                risks integer NOT NULL,
                risks_needing_treatment integer NOT NULL,
                overdue integer NOT NULL,
                due_soon integer NOT NULL,
                certification text NULL,
                error text NULL,
                PRIMARY KEY (run_id, tenant_id));
            COMMIT;
            """);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens run <paramref name="run"/>, or joins it when another process opened it first: the first process to insert
    /// the run's row lists the tenants and writes the batches in the same transaction (a second process blocks on the row
    /// until then, and then joins the complete run).
    /// </summary>
    /// <returns>The run's day and how many tenants it has.</returns>
    public async Task<(LocalDate AsOf, int Tenants, bool Opened)> OpenAsync(string run, LocalDate asOf, int batchSize, Func<Task<IReadOnlyList<string>>> tenants, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = new NpgsqlCommand($"INSERT INTO {Runs} (run_id, as_of, tenants) VALUES (@run, @as_of, 0) ON CONFLICT (run_id) DO NOTHING", connection, transaction))
        {
            insert.Parameters.AddWithValue("run", run);
            insert.Parameters.AddWithValue("as_of", asOf.ToDateOnly());
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                var keys = await tenants().ConfigureAwait(false);
                var batches = keys.Chunk(batchSize).ToList();
                await using var write = new NpgsqlCommand(
                    $"INSERT INTO {Batches} (run_id, batch, tenants) SELECT @run, b, string_to_array(t, ' ') FROM unnest(@numbers, @tenants) AS x(b, t); " +
                    $"UPDATE {Runs} SET tenants = @count WHERE run_id = @run", connection, transaction);
                write.Parameters.AddWithValue("run", run);
                write.Parameters.AddWithValue("numbers", Enumerable.Range(1, batches.Count).ToArray());
                write.Parameters.AddWithValue("tenants", batches.Select(b => string.Join(' ', b)).ToArray());
                write.Parameters.AddWithValue("count", keys.Count);
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (asOf, keys.Count, true);
            }
        }

        await using var read = new NpgsqlCommand($"SELECT as_of, tenants FROM {Runs} WHERE run_id = @run", connection, transaction);
        read.Parameters.AddWithValue("run", run);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(0)), reader.GetInt32(1), false);
    }

    /// <summary>
    /// One worker: takes batches until none is left undone, evaluating each and committing its results and its done mark
    /// together. Returns how many tenants this worker committed and where its time went.
    /// </summary>
    public async Task<WorkerTally> WorkAsync(string run, LocalDate asOf, string node, MartenDocumentStore documents, TenantEvaluation evaluation, TimeSpan pause, CancellationToken cancellationToken)
    {
        var tally = new WorkerTally();
        var clock = new Stopwatch();
        while (true)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            int batch;
            string[] tenants;
            await using (var take = new NpgsqlCommand(
                $"SELECT batch, tenants FROM {Batches} WHERE run_id = @run AND done_at IS NULL ORDER BY batch LIMIT 1 FOR UPDATE SKIP LOCKED", connection, transaction))
            {
                take.Parameters.AddWithValue("run", run);
                await using var reader = await take.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    await reader.DisposeAsync().ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    if (await RemainingAsync(connection, run, cancellationToken).ConfigureAwait(false) == 0)
                    {
                        return tally;
                    }

                    // Every batch left is held by a live worker; if it dies, its row is released and taken here.
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                batch = reader.GetInt32(0);
                tenants = reader.GetFieldValue<string[]>(1);
            }

            // The batch's documents in two queries (ISMS documents, then certification records with their events), not
            // two round trips per tenant; each still read strictly, and one that does not read is reported for its tenant.
            clock.Restart();
            var ismsDocuments = await documents.LoadManyAsync<InformationSecurityManagementSystem>(tenants, DocumentKey.Isms, cancellationToken).ConfigureAwait(false);
            tally.LoadIsms += clock.Elapsed;
            clock.Restart();
            var records = await documents.LoadManyAsync<CertificationRecord>(tenants, OrganisationStore.Certification, cancellationToken).ConfigureAwait(false);
            tally.LoadCertification += clock.Elapsed;
            clock.Restart();
            var results = new List<TenantResult>(tenants.Length);
            for (var i = 0; i < tenants.Length; i++)
            {
                var (isms, record) = (ismsDocuments[i], records[i]);
                var error = isms.Error?.Code ?? record.Error?.Code ?? (isms.Stored is null ? DocumentErrorCodes.DocumentNotFound : null);
                results.Add(error is not null
                    ? new TenantResult(tenants[i], false, 0, 0, 0, 0, 0, null, error)
                    : evaluation.Evaluate(new OrganisationRecords(tenants[i], isms.Stored!.Document, record.Stored?.Document), asOf));
            }

            tally.Evaluate += clock.Elapsed;
            clock.Restart();
            await using (var write = new NpgsqlCommand(
                $"INSERT INTO {Results} (run_id, tenant_id, evaluated_by, ready, readiness_findings, risks, risks_needing_treatment, overdue, due_soon, certification, error) " +
                "SELECT @run, * FROM unnest(@tenants, @nodes, @ready, @findings, @risks, @needing, @overdue, @soon, @certification, @error) ON CONFLICT (run_id, tenant_id) DO NOTHING; " +
                $"UPDATE {Batches} SET done_by = @node, done_at = now() WHERE run_id = @run AND batch = @batch", connection, transaction))
            {
                write.Parameters.AddWithValue("run", run);
                write.Parameters.AddWithValue("node", node);
                write.Parameters.AddWithValue("batch", batch);
                write.Parameters.AddWithValue("tenants", results.Select(r => r.Tenant).ToArray());
                write.Parameters.AddWithValue("nodes", results.Select(_ => node).ToArray());
                write.Parameters.AddWithValue("ready", results.Select(r => r.Ready).ToArray());
                write.Parameters.AddWithValue("findings", results.Select(r => r.ReadinessFindings).ToArray());
                write.Parameters.AddWithValue("risks", results.Select(r => r.Risks).ToArray());
                write.Parameters.AddWithValue("needing", results.Select(r => r.RisksNeedingTreatment).ToArray());
                write.Parameters.AddWithValue("overdue", results.Select(r => r.Overdue).ToArray());
                write.Parameters.AddWithValue("soon", results.Select(r => r.DueSoon).ToArray());
                write.Parameters.AddWithValue("certification", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, results.Select(r => (object?)r.Certification ?? DBNull.Value).ToArray());
                write.Parameters.AddWithValue("error", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, results.Select(r => (object?)r.Error ?? DBNull.Value).ToArray());
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            tally.Commit += clock.Elapsed;
            tally.Tenants += results.Count;
            tally.Errors += results.Count(r => r.Error is not null);
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>How many results run <paramref name="run"/> holds.</summary>
    public async Task<long> CountResultsAsync(string run, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT count(*) FROM {Results} WHERE run_id = @run");
        command.Parameters.AddWithValue("run", run);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<long> RemainingAsync(NpgsqlConnection connection, string run, CancellationToken cancellationToken)
    {
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Batches} WHERE run_id = @run AND done_at IS NULL", connection);
        count.Parameters.AddWithValue("run", run);
        return (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}

/// <summary>What one worker did: tenants committed, tenants reported with an error, and the time spent loading,
/// evaluating and committing.</summary>
internal sealed class WorkerTally
{
    public int Tenants { get; set; }

    public int Errors { get; set; }

    /// <summary>Reading and strictly deserializing the ISMS documents (one query per batch).</summary>
    public TimeSpan LoadIsms { get; set; }

    /// <summary>Reading the certification records: the revision rows and the events of their Marten streams (two queries
    /// per batch), and the lifecycle's replay of each.</summary>
    public TimeSpan LoadCertification { get; set; }

    public TimeSpan Evaluate { get; set; }

    public TimeSpan Commit { get; set; }
}
