namespace Isms.Serialization;

/// <summary>A document read without knowing its kind in advance (e.g. by <c>isms validate</c>).</summary>
/// <param name="Kind">The root <c>kind</c>, one of <see cref="DocumentKinds"/>.</param>
/// <param name="SchemaVersion">The schema version the document was written in (before any migration).</param>
/// <param name="CurrentSchemaVersion">The schema version this library writes for the kind.</param>
/// <param name="Model">The model: a <c>ControlCatalog</c>, an ISMS, a certification record, ...</param>
/// <threadsafety>This type is immutable and thread-safe (the model types are immutable too).</threadsafety>
public sealed record IsmsDocument(string Kind, int SchemaVersion, int CurrentSchemaVersion, object Model)
{
    /// <summary>
    /// True when the document was written in an older schema version, or embeds a record of an older version of its
    /// own kind (e.g. a <c>control-catalog</c> v1 as an ISMS's SoA catalog), and was migrated on read; saving it writes
    /// the current versions.
    /// </summary>
    public bool WasMigrated => SchemaVersion < CurrentSchemaVersion || EmbeddedRecordsMigrated;

    /// <summary>
    /// True when a record embedded in the document (an <c>isms</c> document's <c>riskCriteria</c> or
    /// <c>statementOfApplicability.embeddedCatalog</c>) was of an older version of its kind and was migrated on read.
    /// </summary>
    public bool EmbeddedRecordsMigrated { get; init; }
}
