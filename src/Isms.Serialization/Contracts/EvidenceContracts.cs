using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Isms.Certification.Deadlines;
using Isms.Core;
using Isms.Evidence;
using NodaTime;

namespace Isms.Serialization.Contracts;

/// <summary>
/// The evidence coverage of an ISMS (<c>GET /tenants/{tenant}/evidence</c>, <c>isms evidence --format json</c>): per
/// Annex A theme the number of controls whose accepted evidence is current, expiring before the next audit, or
/// missing, and per control its status and the evidence items that support it. Isms.Evidence's
/// <see cref="EvidenceCoverage"/> computes it; this is its one JSON shape.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceCoverageContract
{
    /// <summary>The day evaluated.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The certification body's next audit, or <see langword="null"/> (written as <c>null</c>) when no certification record was given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required UpcomingAuditContract? NextAudit { get; init; }

    /// <summary>One entry per theme, in catalog order.</summary>
    public required ImmutableArray<EvidenceThemeContract> Themes { get; init; }

    /// <summary>One entry per control, in catalog order.</summary>
    public required ImmutableArray<EvidenceControlContract> Controls { get; init; }

    /// <summary>The contract of a coverage.</summary>
    /// <param name="isms">The ISMS the coverage was computed for (its evidence register gives the items' titles and dates).</param>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvidenceCoverageContract From(InformationSecurityManagementSystem isms, EvidenceCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(isms);
        ArgumentNullException.ThrowIfNull(coverage);
        return new()
        {
            AsOf = coverage.AsOf,
            NextAudit = coverage.NextAudit is { } audit ? new UpcomingAuditContract { Kind = audit.Kind, Date = audit.Date } : null,
            Themes = [.. coverage.Themes.Select(t => new EvidenceThemeContract { Theme = t.Theme, Current = t.Current, Expiring = t.Expiring, Missing = t.Missing })],
            Controls = [.. coverage.Controls.Select(c => new EvidenceControlContract
            {
                Id = c.Control.Value,
                Status = StatusName(c.Status),
                Evidence = [.. c.Evidence.Select(id => EvidenceItemContract.From(isms.Evidence[id], c.Current.Contains(id)))],
            })],
        };
    }

    /// <summary>A status as the contract writes it: <c>current</c>, <c>expiring</c>, <c>missing</c> or <c>not-applicable</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string StatusName(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Current => "current",
        EvidenceStatus.Expiring => "expiring",
        EvidenceStatus.Missing => "missing",
        _ => "not-applicable",
    };
}

/// <summary>The certification body's next audit in an <see cref="EvidenceCoverageContract"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record UpcomingAuditContract
{
    /// <summary>Which audit: <c>Stage2Window</c>, <c>Surveillance</c> or <c>RecertificationAudit</c>.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>The last day it may be held.</summary>
    public required LocalDate Date { get; init; }
}

/// <summary>One Annex A theme in an <see cref="EvidenceCoverageContract"/>: how many of its controls are current, expiring or missing (not-applicable ones are not counted).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceThemeContract
{
    /// <summary>The theme, e.g. <c>Organizational</c>.</summary>
    public required string Theme { get; init; }

    /// <summary>Controls with accepted evidence valid until the next audit (or past the warning horizon).</summary>
    public required int Current { get; init; }

    /// <summary>Controls whose current evidence all expires before the next audit.</summary>
    public required int Expiring { get; init; }

    /// <summary>Applicable controls without accepted, current evidence.</summary>
    public required int Missing { get; init; }
}

/// <summary>One control in an <see cref="EvidenceCoverageContract"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceControlContract
{
    /// <summary>The control's id, e.g. <c>5.1</c>.</summary>
    public required string Id { get; init; }

    /// <summary><c>current</c>, <c>expiring</c>, <c>missing</c> or <c>not-applicable</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Every evidence item that supports the control (directly or through an applied control), accepted or not, in register order.</summary>
    public required ImmutableArray<EvidenceItemContract> Evidence { get; init; }
}

/// <summary>One evidence item supporting a control in an <see cref="EvidenceCoverageContract"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceItemContract
{
    /// <summary>The item's id, e.g. <c>EV-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What it is.</summary>
    public required string Title { get; init; }

    /// <summary>Whether a person accepted it (automated evidence counts only once accepted).</summary>
    public required bool Accepted { get; init; }

    /// <summary>Whether it counts on the day evaluated: accepted, its period started and not expired.</summary>
    public required bool Current { get; init; }

    /// <summary>The first day of the period it covers.</summary>
    public required LocalDate PeriodStart { get; init; }

    /// <summary>The last day of the period it covers.</summary>
    public required LocalDate PeriodEnd { get; init; }

    /// <summary>Its last valid day, omitted when it does not expire.</summary>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>Who collected it: a person's id, or an automated collector's name and version (<c>idp-mfa-collector 1.0.0</c>).</summary>
    public required string CollectedBy { get; init; }

    /// <summary>The contract of an item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="current">Whether it is current on the day evaluated.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static EvidenceItemContract From(Isms.Core.Monitoring.EvidenceItem item, bool current)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            Id = item.Id.Value,
            Title = item.Title,
            Accepted = item.IsAccepted,
            Current = current,
            PeriodStart = item.Period.Start,
            PeriodEnd = item.Period.End,
            ValidUntil = item.ValidUntil,
            CollectedBy = item.CollectedBy.ToString(),
        };
    }
}
