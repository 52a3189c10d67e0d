using Ardalis.GuardClauses;
using Marten;

namespace Isms.Marten;

/// <summary>Configures Marten for <see cref="MartenDocumentStore"/>.</summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class IsmsMarten
{
    /// <summary>The PostgreSQL schema the store's tables and Marten's event store live in unless another is given: <c>isms</c>.</summary>
    public const string DefaultSchema = "isms";

    /// <summary>
    /// Sets what <see cref="MartenDocumentStore"/> needs on Marten's options: the schema, string stream keys, conjoined
    /// tenancy (a tenant id on every row and event), the event type, and no automatic schema creation (call
    /// <see cref="MartenDocumentStore.ApplySchemaAsync"/> at deployment or start-up instead). Call it after choosing the
    /// connection or the database-per-tenant layout.
    /// </summary>
    /// <param name="options">Marten's options.</param>
    /// <param name="schema">The PostgreSQL schema (lowercase letters, digits and '_', starting with a letter).</param>
    public static void Configure(StoreOptions options, string schema = DefaultSchema)
    {
        Guard.Against.Null(options);
        Guard.Against.InvalidInput(schema, nameof(schema), IsValidSchema, "the schema must be lowercase letters, digits and '_', starting with a letter, at most 63 characters");
        options.DatabaseSchemaName = schema;
        options.Events.StreamIdentity = global::JasperFx.Events.StreamIdentity.AsString;
        options.Events.TenancyStyle = global::JasperFx.MultiTenancy.TenancyStyle.Conjoined;
        options.Policies.AllDocumentsAreMultiTenanted();
        options.Events.AddEventType<CertificationEventRecorded>();
        options.AutoCreateSchemaObjects = global::JasperFx.AutoCreate.None;
    }

    /// <summary>A Marten store on one database with conjoined tenancy, configured for <see cref="MartenDocumentStore"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="schema">The PostgreSQL schema.</param>
    /// <returns>The Marten store (dispose it when done).</returns>
    public static DocumentStore CreateDocumentStore(string connectionString, string schema = DefaultSchema)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        return DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            Configure(options, schema);
        });
    }

    private static bool IsValidSchema(string schema) =>
        schema.Length is > 0 and <= 63 && schema[0] is >= 'a' and <= 'z' && schema.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
