namespace Isms.Serialization;

/// <summary>A document read without knowing its kind in advance (e.g. by <c>isms validate</c>).</summary>
/// <param name="Kind">The root <c>kind</c>, one of <see cref="DocumentKinds"/>.</param>
/// <param name="SchemaVersion">The schema version the document was written in (before any migration).</param>
/// <param name="CurrentSchemaVersion">The schema version this library writes for the kind.</param>
/// <param name="Model">The model: a <c>ControlCatalog</c>, an ISMS, a certification record, ...</param>
/// <threadsafety>This type is immutable and thread-safe (the model types are immutable too).</threadsafety>
public sealed record IsmsDocument(string Kind, int SchemaVersion, int CurrentSchemaVersion, object Model)
{
    /// <summary>True when the document was written in an older schema version and migrated on read.</summary>
    public bool WasMigrated => SchemaVersion < CurrentSchemaVersion;
}
