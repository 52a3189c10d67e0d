namespace Isms.Serialization.Reading;

/// <summary>A <c>schemaVersion</c> member found below the root by <see cref="DocumentScanner"/>: an embedded record's own version.</summary>
/// <param name="Path">The JSON path of the object holding it, e.g. <c>$.statementOfApplicability.embeddedCatalog</c>.</param>
/// <param name="Version">The version, or null when it is not a whole number (strict reading reports that).</param>
/// <param name="Offset">The byte offset of the value (for error positions).</param>
internal readonly record struct NestedVersion(string Path, int? Version, long Offset);
