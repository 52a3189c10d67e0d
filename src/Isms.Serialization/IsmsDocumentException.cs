using System.Globalization;
using Isms.Core;

namespace Isms.Serialization;

/// <summary>
/// A document could not be read: it is not well-formed JSON, breaks a limit, does not follow the format of its
/// <c>kind</c> and <c>schemaVersion</c>, or describes a model that breaks a rule (a dangling reference, a duplicate
/// id). The one exception every read throws for bad input; <see cref="IsmsException.Code"/> is one of
/// <see cref="DocumentErrorCodes"/>.
/// </summary>
/// <remarks>
/// The message is one line: <c>ISMS-DOC-020 $.controls[2].titel (line 14, position 7): unknown member 'titel'; expected one of id, theme, title.</c>
/// Reading never partially succeeds: when this is thrown, no model was returned.
/// </remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public class IsmsDocumentException : IsmsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of <see cref="DocumentErrorCodes"/>.</param>
    /// <param name="path">The JSON path of the offending value (<c>$.controls[2].title</c>), or null when it concerns the whole document.</param>
    /// <param name="line">The 1-based line, or null when not known.</param>
    /// <param name="bytePositionInLine">The 1-based byte position in the line, or null when not known.</param>
    /// <param name="problem">What is wrong, e.g. <c>unknown member 'titel'</c>.</param>
    /// <param name="expected">What was expected, e.g. <c>one of id, theme, title</c>, or null.</param>
    /// <param name="innerException">The underlying cause, or null.</param>
    public IsmsDocumentException(string code, string? path, long? line, long? bytePositionInLine, string problem, string? expected, Exception? innerException = null)
        : base(code, Format(code, path, line, bytePositionInLine, problem, expected), innerException!)
    {
        Path = path;
        Line = line;
        BytePositionInLine = bytePositionInLine;
        Problem = problem;
        Expected = expected;
    }

    /// <summary>The JSON path of the offending value, e.g. <c>$.controls[2].title</c>; null when it concerns the whole document.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line of the offending value, or null when not known (e.g. after a migration).</summary>
    public long? Line { get; }

    /// <summary>The 1-based byte position within <see cref="Line"/>, or null when not known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>What was expected instead, or null.</summary>
    public string? Expected { get; }

    private static string Format(string code, string? path, long? line, long? position, string problem, string? expected)
    {
        var location = path ?? "$";
        if (line is not null)
        {
            location += position is not null
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line}, position {position})")
                : string.Create(CultureInfo.InvariantCulture, $" (line {line})");
        }

        var text = $"{code} {location}: {problem}";
        return expected is null ? text + "." : $"{text}; expected {expected}.";
    }
}
