namespace Isms.Serialization.Reading;

/// <summary>The envelope found by <see cref="DocumentScanner"/>: the root's <c>kind</c> and <c>schemaVersion</c>.</summary>
/// <param name="Kind">The kind, or null when the root has none.</param>
/// <param name="SchemaVersion">The schema version, or null when the root has none.</param>
/// <param name="KindOffset">The byte offset of the kind's value (for error positions).</param>
/// <param name="VersionOffset">The byte offset of the schemaVersion's value.</param>
internal readonly record struct DocumentHeaderScan(string? Kind, int? SchemaVersion, long KindOffset, long VersionOffset)
{
    /// <summary>The <c>schemaVersion</c> members below the root (embedded records such as <c>$.riskCriteria</c>), at most <see cref="DocumentScanner.MaxNestedVersions"/>.</summary>
    public IReadOnlyList<NestedVersion> NestedVersions { get; init; } = [];
}
