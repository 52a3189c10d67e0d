namespace Isms.Serialization;

/// <summary>
/// One thing wrong with a document, placed: its code, where it is (JSON path or line and column, with the line and
/// position), what is wrong, what was expected and the offending value. An <see cref="IsmsDocumentException"/> lists
/// one or more (<see cref="IsmsDocumentException.Problems"/>): a document whose model breaks several rules (two
/// dangling references, a duplicate id) reports each at once.
/// </summary>
/// <param name="Code">One of <see cref="DocumentErrorCodes"/>.</param>
/// <param name="Location">Where: the source's display name, a JSON path or a line and column, with the line and position.</param>
/// <param name="Problem">What is wrong, e.g. <c>unknown member 'titel'</c>.</param>
/// <param name="Expected">What was expected, or null.</param>
/// <param name="Value">The offending value as read (not escaped), or null when there is none.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DocumentProblem(string Code, DocumentLocation Location, string Problem, string? Expected, string? Value)
{
    /// <summary>
    /// The problem as one line: <c>ISMS-DOC-030 $.risks[3].owner (line 41, position 16): ...; expected an id defined in
    /// the document.</c> (values escaped).
    /// </summary>
    public string Message => Format(Code, Location, Problem, Expected);

    /// <summary>Returns <see cref="Message"/>.</summary>
    public override string ToString() => Message;

    internal static string Format(string code, DocumentLocation location, string problem, string? expected)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        var text = $"{code} {location}: {problem}";
        return DocumentErrorText.OneLine(expected is null ? text + "." : $"{text}; expected {expected}.");
    }
}
