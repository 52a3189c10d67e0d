using System.Collections.Immutable;
using Isms.Serialization.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Isms.AspNetCore;

/// <summary>
/// An RFC 9457 problem (<c>application/problem+json</c>) for a library error: the standard members (<c>type</c>,
/// <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c>) plus the first error's <c>code</c>, <c>path</c>,
/// <c>line</c> and <c>position</c>, every error under <c>errors</c> and, for a refused certification trigger, the
/// <c>unmetGuards</c>. Clients decide from <c>code</c>, never from <c>detail</c>.
/// </summary>
/// <threadsafety>Instances are built per response and not shared; do not mutate one from several threads.</threadsafety>
public sealed class IsmsProblemDetails : ProblemDetails
{
    /// <summary>The first error's stable code, e.g. <c>ISMS-DOC-024</c>.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The JSON path of the offending value in the request body, or null.</summary>
    public string? Path { get; set; }

    /// <summary>The line (1-based) of the offending value in the request body, or null.</summary>
    public long? Line { get; set; }

    /// <summary>The byte position in that line (1-based), or null.</summary>
    public long? Position { get; set; }

    /// <summary>The guards of a refused certification trigger that are not met (409), or null.</summary>
    public ImmutableArray<string>? UnmetGuards { get; set; }

    /// <summary>Every error, in order (a document breaking several rules reports each).</summary>
    public ImmutableArray<ErrorContract> Errors { get; set; } = [];
}
