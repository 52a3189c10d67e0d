using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.Catalogs;
using NodaTime;

namespace Isms.Evidence;

/// <summary>
/// One control's evidence as of a date: its status, the evidence items that support it (directly or through an
/// applied control that implements it; accepted or not), the accepted ones current on the date, and the last day the
/// current evidence is valid.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record ControlCoverage
{
    /// <summary>The catalog control, e.g. <c>5.15</c>.</summary>
    public required ControlId Control { get; init; }

    /// <summary>The control's theme in its catalog, e.g. <c>Organizational</c>.</summary>
    public required string Theme { get; init; }

    /// <summary>The status.</summary>
    public required EvidenceStatus Status { get; init; }

    /// <summary>Every evidence item that supports the control, in register order.</summary>
    public required ImmutableArray<EvidenceItemId> Evidence { get; init; }

    /// <summary>The accepted items valid on the date of the analysis.</summary>
    public required ImmutableArray<EvidenceItemId> Current { get; init; }

    /// <summary>The last day any current item is valid; <see langword="null"/> when none is current or one never expires.</summary>
    public LocalDate? CurrentUntil { get; init; }
}
