namespace Isms.Serialization.Reading;

/// <summary>What the <see cref="DocumentScanner"/> accepts beyond strict RFC 8259 JSON, per kind of input.</summary>
/// <param name="AllowComments">True to skip <c>//</c> and <c>/* */</c> comments (the analyst-written scenario JSON allows them).</param>
/// <param name="DocumentEnvelope">True for Isms documents: the root must be an object, and <c>kind</c> and <c>schemaVersion</c> are read from it.</param>
/// <threadsafety>Immutable value: thread-safe.</threadsafety>
internal readonly record struct ScanRules(bool AllowComments, bool DocumentEnvelope)
{
    /// <summary>An Isms document: strict JSON, an object root with its envelope.</summary>
    public static ScanRules Document => new(false, true);

    /// <summary>A JSON format imported from other tools: strict JSON, any root (the reader checks it).</summary>
    public static ScanRules Import => new(false, false);

    /// <summary>The analyst-written scenario JSON: as <see cref="Import"/>, comments allowed.</summary>
    public static ScanRules ImportWithComments => new(true, false);
}
