using System.Collections.Immutable;
using Isms.Core;

namespace Isms.Serialization.Contracts;

/// <summary>One library error as a host returns it: the code (never decide on the message), the message, where in the
/// input (JSON path, line, byte position in the line, for documents) and which entity, member and value.</summary>
public sealed record ErrorContract
{
    /// <summary>The stable code, e.g. <c>ISMS-DOC-021</c>.</summary>
    public required string Code { get; init; }

    /// <summary>What was wrong, for people (may be reworded at any release).</summary>
    public required string Message { get; init; }

    /// <summary>The JSON path of the value in the input document, or null.</summary>
    public string? Path { get; init; }

    /// <summary>The line (1-based) in the input document, or null.</summary>
    public long? Line { get; init; }

    /// <summary>The byte position in that line (0-based), or null.</summary>
    public long? Position { get; init; }

    /// <summary>The kind of entity concerned (e.g. <c>RiskScenario</c>), or null.</summary>
    public string? EntityKind { get; init; }

    /// <summary>The entity's id, or null.</summary>
    public string? EntityId { get; init; }

    /// <summary>The member concerned, or null.</summary>
    public string? Member { get; init; }

    /// <summary>The offending value (truncated), or null.</summary>
    public string? Value { get; init; }

    /// <summary>The contract of an error.</summary>
    /// <param name="error">The error.</param>
    /// <param name="location">Where in a document, or default.</param>
    /// <returns>The contract.</returns>
    public static ErrorContract From(IsmsError error, DocumentLocation location = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new()
        {
            Code = error.Code,
            Message = error.Message,
            Path = location.Path,
            Line = location.Line,
            Position = location.Position,
            EntityKind = error.EntityKind,
            EntityId = error.EntityId,
            Member = error.Member,
            Value = error.Value,
        };
    }

    /// <summary>The contracts of every error an exception carries (a document exception's location on each).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>One contract per error, in order.</returns>
    public static ImmutableArray<ErrorContract> AllOf(IsmsException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var location = exception is IsmsDocumentException document ? document.Location : default;
        return [.. exception.Errors.Select(e => From(e, location))];
    }
}
