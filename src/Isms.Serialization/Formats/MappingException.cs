namespace Isms.Serialization.Formats;

/// <summary>
/// A rule broken while turning a persistence record into the model: carries the JSON path; the reader adds the
/// line and position and throws <see cref="IsmsDocumentException"/>.
/// </summary>
internal sealed class MappingException(string code, string path, string problem, string? expected, Exception? inner = null, string? value = null)
    : Exception(problem, inner)
{
    /// <summary>The offending value as read, or null.</summary>
    public string? Value { get; } = value;

    public string Code { get; } = code;

    public string Path { get; } = path;

    public string Problem { get; } = problem;

    public string? Expected { get; } = expected;

    /// <summary>Further rules broken by the same document (a model with several violations), in document order.</summary>
    public IReadOnlyList<MappingException> Others { get; init; } = [];

    /// <summary>This problem, then <see cref="Others"/>.</summary>
    public IEnumerable<MappingException> All => [this, .. Others];
}
