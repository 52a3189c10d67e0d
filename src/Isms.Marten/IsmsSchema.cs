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

    /// <summary>
    /// Creates what is missing and changes nothing that exists. Text keys use the "C" collation so that listing order is
    /// ordinal whatever the database's locale (and the primary key serves it). Taken under an advisory lock so two
    /// processes starting together do not race on CREATE.
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
        COMMIT;
        """;

    public static DocumentRevision ReadHeader(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc)),
        reader.GetString(4));
}
