using Npgsql;
using NodaTime;
using Isms.Serialization.Storage;

namespace Isms.Marten;

/// <summary>The tables this store keeps beside Marten's own, and their idempotent creation script.</summary>
internal sealed class IsmsSchema(string schema)
{
    /// <summary>The columns <see cref="ReadHeader"/> reads, in order.</summary>
    public const string HeaderColumns = "revision, etag, saved_by, saved_at, sha256";

    /// <summary>How many columns <see cref="HeaderColumns"/> has.</summary>
    public const int HeaderCount = 5;

    public string Schema { get; } = schema;

    /// <summary>One row per revision of every document: the exact bytes and who saved it when.</summary>
    public string Revisions => $"{Schema}.isms_revisions";

    /// <summary>The deadline read model: one row per due item of a tenant's document.</summary>
    public string DueItems => $"{Schema}.isms_due_items";

    /// <summary>The count read model beside it: how many due items there are per due day and kind.</summary>
    public string DueCounts => $"{Schema}.isms_due_counts";

    /// <summary>
    /// Creates what is missing and changes nothing that exists. Text keys use the "C" collation so that listing order is
    /// ordinal whatever the database's locale (and the primary key serves it). The due counts, when first created in a
    /// database that already holds due items, are filled from them in the same transaction. Taken under an advisory lock
    /// so two processes starting together do not race on CREATE.
    /// </summary>
    public string CreateScript() => $"""
        BEGIN;
        SELECT pg_advisory_xact_lock(hashtextextended('isms-schema:{Schema}', 0));
        CREATE SCHEMA IF NOT EXISTS {Schema};
        CREATE TABLE IF NOT EXISTS {Revisions} (
            tenant_id text COLLATE "C" NOT NULL,
            kind text COLLATE "C" NOT NULL,
            name text COLLATE "C" NOT NULL,
            revision bigint NOT NULL,
            etag text NOT NULL,
            saved_by text NOT NULL,
            saved_at timestamptz NOT NULL,
            sha256 text NOT NULL,
            stream_version bigint NULL,
            content bytea NOT NULL,
            PRIMARY KEY (tenant_id, kind, name, revision));
        CREATE TABLE IF NOT EXISTS {DueItems} (
            tenant_id text COLLATE "C" NOT NULL,
            kind text COLLATE "C" NOT NULL,
            name text COLLATE "C" NOT NULL,
            item_kind text COLLATE "C" NOT NULL,
            item_id text COLLATE "C" NOT NULL,
            due_on date NOT NULL,
            title text NOT NULL,
            PRIMARY KEY (tenant_id, kind, name, item_kind, item_id));
        CREATE INDEX IF NOT EXISTS isms_due_items_due_on ON {DueItems} (due_on);
        DO $$
        BEGIN
            IF to_regclass('{DueCounts}') IS NULL THEN
                CREATE TABLE {DueCounts} (
                    due_on date NOT NULL,
                    item_kind text COLLATE "C" NOT NULL,
                    items bigint NOT NULL,
                    PRIMARY KEY (due_on, item_kind));
                INSERT INTO {DueCounts} (due_on, item_kind, items) SELECT due_on, item_kind, count(*) FROM {DueItems} GROUP BY due_on, item_kind;
            END IF;
        END $$;
        COMMIT;
        """;

    /// <summary>
    /// Replaces one document's due items (parameters @tenant, @kind, @name and the new items as arrays @item_kinds,
    /// @item_ids, @due_ons, @titles) and moves the due counts by the difference. The counts are what make "how many are
    /// due by D" independent of the number of tenants: a sum over one row per day and kind instead of a count over every
    /// item (at 100,000 organisations, 620,000 items fall due by a typical day). Each changed count row is locked in
    /// (day, kind) order within one statement, so concurrent saves wait for each other briefly and never deadlock; a
    /// save that leaves the document's days and kinds as they were does not touch the counts at all.
    /// </summary>
    public string ReplaceDueItems => $"""
        WITH removed AS (DELETE FROM {DueItems} WHERE tenant_id = @tenant AND kind = @kind AND name = @name RETURNING due_on, item_kind),
        change AS (
            SELECT due_on, item_kind, sum(n) AS n FROM (
                SELECT due_on, item_kind, -1 AS n FROM removed
                UNION ALL SELECT d, k COLLATE "C", 1 FROM unnest(@due_ons, @item_kinds) AS added(d, k)) AS c
            GROUP BY due_on, item_kind HAVING sum(n) <> 0)
        {Count("SELECT due_on, item_kind, n FROM change")};
        INSERT INTO {DueItems} (tenant_id, kind, name, item_kind, item_id, due_on, title) SELECT @tenant, @kind, @name, * FROM unnest(@item_kinds, @item_ids, @due_ons, @titles)
        """;

    /// <summary>Deletes the due items that match <paramref name="where"/> (a condition on tenant_id, kind, name) and takes
    /// them off the due counts, in one statement.</summary>
    public string RemoveDueItems(string where) => $"""
        WITH removed AS (DELETE FROM {DueItems} WHERE {where} RETURNING due_on, item_kind)
        {Count("SELECT due_on, item_kind, -count(*) FROM removed GROUP BY due_on, item_kind")}
        """;

    private string Count(string changes) => $"""
        INSERT INTO {DueCounts} (due_on, item_kind, items) SELECT * FROM ({changes}) AS changed ORDER BY 1, 2
        ON CONFLICT (due_on, item_kind) DO UPDATE SET items = {DueCounts}.items + excluded.items
        """;

    /// <summary>Reads the <see cref="HeaderColumns"/> that start at column <paramref name="first"/>.</summary>
    public static DocumentRevision ReadHeader(NpgsqlDataReader reader, int first = 0) => new(
        reader.GetInt64(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(reader.GetDateTime(first + 3), DateTimeKind.Utc)),
        reader.GetString(first + 4));
}
