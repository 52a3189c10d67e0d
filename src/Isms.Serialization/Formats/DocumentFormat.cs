using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Isms.Serialization.Migration;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>One document kind: its current schema version, its migrations, its persistence record and mapping.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal abstract class DocumentFormat
{
    /// <summary>The root <c>kind</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The schema version written today.</summary>
    public abstract int CurrentVersion { get; }

    /// <summary>The model type this kind reads into.</summary>
    public abstract Type ModelType { get; }

    /// <summary>Steps from each older version to the next, in order; <c>Migrations[i]</c> upgrades version i+1.</summary>
    public virtual IReadOnlyList<DocumentMigration> Migrations => [];

    /// <summary>
    /// Records of other kinds embedded whole in this kind (each with its own <c>kind</c> and <c>schemaVersion</c>), by
    /// the JSON path of the object in a document of <see cref="CurrentVersion"/>. An older embedded record is migrated
    /// with its own kind's steps before strict reading.
    /// </summary>
    public virtual IReadOnlyList<EmbeddedRecord> EmbeddedRecords => [];

    /// <summary>The persistence record's metadata (for the JSON Schema).</summary>
    public abstract JsonTypeInfo GetTypeInfo(IsmsJsonContext context);

    /// <summary>Deserializes a document of <see cref="CurrentVersion"/> and maps it to the model.</summary>
    public abstract object Read(ReadOnlySpan<byte> utf8, IsmsJsonContext context);

    /// <summary>Maps the model to its persistence record and writes it.</summary>
    public abstract void Write(Utf8JsonWriter writer, object model, IsmsJsonContext context);

    /// <summary>
    /// Checks the envelope of a record embedded in another document (paths relative to the record): the kind must be
    /// this one and the version the current one (older ones were migrated before reading).
    /// </summary>
    protected void CheckEmbeddedEnvelope(DocumentDto dto)
    {
        if (dto.Kind != Kind)
        {
            throw new MappingException(DocumentErrorCodes.InvalidValue, "$.kind", $"the embedded record is a '{Reading.DocumentScanner.Truncate(dto.Kind)}'", $"an embedded '{Kind}' record (\"kind\": \"{Kind}\")");
        }

        if (dto.SchemaVersion != CurrentVersion)
        {
            throw new MappingException(
                DocumentErrorCodes.UnsupportedSchemaVersion,
                "$.schemaVersion",
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the embedded '{Kind}' record has schemaVersion {dto.SchemaVersion}{(dto.SchemaVersion > CurrentVersion ? ", newer than this library reads" : string.Empty)}"),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a schemaVersion from 1 to {CurrentVersion} for kind '{Kind}'"));
        }
    }

    /// <summary>The path, in a document of <paramref name="fromVersion"/>, of <paramref name="path"/> in the migrated document.</summary>
    public string OriginalPath(string path, int fromVersion)
    {
        for (var version = CurrentVersion - 1; version >= fromVersion; version--)
        {
            path = Migrations[version - 1].OriginalPath(path);
        }

        return path;
    }

    /// <summary>Applies the migrations from <paramref name="fromVersion"/> up to <see cref="CurrentVersion"/>.</summary>
    public void Migrate(JsonObject root, int fromVersion)
    {
        for (var version = fromVersion; version < CurrentVersion; version++)
        {
            Migrations[version - 1].Apply(root);
            root["schemaVersion"] = version + 1;
        }
    }
}
