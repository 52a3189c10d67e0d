using System.Collections.Immutable;
using Isms.Core;

namespace Isms.Serialization;

/// <summary>
/// A document could not be read: it is not well-formed (JSON, or delimited text such as CSV and TSV), breaks a limit,
/// does not follow its format, or describes a model that breaks a rule (a dangling reference, a duplicate id). The one
/// exception every reader of Isms.Serialization throws for bad input, whatever the format: an <c>isms</c> document,
/// a scenario CSV or JSON file, a control catalog TSV, a risk matrix to import. <see cref="IsmsException.Code"/> is one
/// of <see cref="DocumentErrorCodes"/>.
/// </summary>
/// <remarks>
/// <para>The message is one line, e.g. <c>ISMS-DOC-020 $.controls[2].titel (line 14, position 7): unknown member 'titel'; expected one of id, theme, title.</c>
/// or <c>ISMS-DOC-024 scenarios.csv line 4, column Probability (position 12): 'often' is not a number; expected a finite number such as 0.3 or 1e-2.</c>
/// Values it echoes are escaped (<see cref="DocumentErrorText"/>).</para>
/// <para>Where the document's value breaks a rule of the model (a low bound above the high bound, a non-monotone
/// matrix), <see cref="Exception.InnerException"/> is the model's <see cref="IsmsException"/> with its own code
/// (e.g. <c>ISMS-FAIR-002</c>).</para>
/// <para>Most documents fail for one reason. When the model a document describes breaks several rules (dangling
/// references, duplicate ids), every one is reported at once: <see cref="Problems"/> lists each with its path and line,
/// in document order, <see cref="IsmsException.Errors"/> has one error per problem, and <see cref="Location"/>,
/// <see cref="Problem"/> and <see cref="Expected"/> describe the first.</para>
/// <para>Reading never partially succeeds: when this is thrown, no model was returned.</para>
/// </remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public class IsmsDocumentException : IsmsException
{
    /// <summary>Creates the exception for a place in a JSON document.</summary>
    /// <param name="code">One of <see cref="DocumentErrorCodes"/>.</param>
    /// <param name="path">The JSON path of the offending value (<c>$.controls[2].title</c>), or null when it concerns the whole document.</param>
    /// <param name="line">The 1-based line, or null when not known.</param>
    /// <param name="bytePositionInLine">The 1-based byte position in the line, or null when not known.</param>
    /// <param name="problem">What is wrong, e.g. <c>unknown member 'titel'</c>.</param>
    /// <param name="expected">What was expected, e.g. <c>one of id, theme, title</c>, or null.</param>
    /// <param name="innerException">The underlying cause, or null.</param>
    public IsmsDocumentException(string code, string? path, long? line, long? bytePositionInLine, string problem, string? expected, Exception? innerException = null)
        : this(code, DocumentLocation.InJson(path, line, bytePositionInLine), problem, expected, null, innerException)
    {
    }

    /// <summary>Creates the exception for any place in any document format.</summary>
    /// <param name="code">One of <see cref="DocumentErrorCodes"/>.</param>
    /// <param name="location">Where: the source's display name, a JSON path or a line and column, with the line and position.</param>
    /// <param name="problem">What is wrong, e.g. <c>'often' is not a number</c> (echo values with <see cref="DocumentErrorText.Quote(string?)"/>).</param>
    /// <param name="expected">What was expected, e.g. <c>a finite number</c>, or null.</param>
    /// <param name="value">The offending value as read (not escaped), or null when there is none (a missing member).</param>
    /// <param name="innerException">The underlying cause (the model's <see cref="IsmsException"/> when a model rule is broken), or null.</param>
    public IsmsDocumentException(string code, DocumentLocation location, string problem, string? expected, string? value, Exception? innerException)
        : base(new IsmsError(code, DocumentProblem.Format(code, location, problem, expected)) { Value = value }, innerException)
    {
        Problems = [new DocumentProblem(code, location, problem, expected, value)];
    }

    /// <summary>Creates the exception for several problems of one document, each placed (e.g. every rule its model breaks).</summary>
    /// <param name="problems">The problems, at least one, in document order.</param>
    /// <param name="innerException">The underlying cause (the model's <see cref="IsmsException"/> listing every broken rule), or null.</param>
    public IsmsDocumentException(IEnumerable<DocumentProblem> problems, Exception? innerException)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))], innerException)
    {
    }

    private IsmsDocumentException(ImmutableArray<DocumentProblem> problems, Exception? innerException)
        : base(
            problems.Select(p => new IsmsError(p.Code, p.Message) { Value = p.Value }),
            string.Join(" ", problems.Select(p => p.Message)),
            innerException)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order; never empty. Usually one.</summary>
    public ImmutableArray<DocumentProblem> Problems { get; }

    /// <summary>Where the (first) error is: source, JSON path or line and column, line and position.</summary>
    public DocumentLocation Location => Problems[0].Location;

    /// <summary>The JSON path of the offending value, e.g. <c>$.controls[2].title</c>; null in delimited text or when it concerns the whole document.</summary>
    public string? Path => Location.Path;

    /// <summary>The 1-based line of the offending value, or null when not known (e.g. after a migration).</summary>
    public long? Line => Location.Line;

    /// <summary>The 1-based byte position within <see cref="Line"/>, or null when not known.</summary>
    public long? BytePositionInLine => Location.Position;

    /// <summary>What is wrong (the first problem), without the location.</summary>
    public string Problem => Problems[0].Problem;

    /// <summary>What was expected instead (the first problem), or null.</summary>
    public string? Expected => Problems[0].Expected;
}
