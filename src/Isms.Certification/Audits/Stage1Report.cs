using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Certification.Audits;

/// <summary>The conclusion of a Stage 1 audit: ready or not, and the gaps found.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clause 9.3.1.2; ISO/IEC 27006-1 clause 9.3.1.2.</para></remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record Stage1Report : TriggerPayload
{
    /// <summary>Creates and validates a Stage 1 report.</summary>
    /// <param name="firstDay">The first audit day.</param>
    /// <param name="lastDay">The last audit day, not before <paramref name="firstDay"/>.</param>
    /// <param name="leadAuditor">The audit team leader.</param>
    /// <param name="outcome">Ready or not ready.</param>
    /// <param name="gaps">The gaps found; at least one when not ready.</param>
    /// <exception cref="CertificationException">Dates in the wrong order (<c>ISMS-CERT-004</c>), or not ready without a gap (<c>ISMS-CERT-008</c>).</exception>
    public Stage1Report(LocalDate firstDay, LocalDate lastDay, string leadAuditor, Stage1Outcome outcome, IEnumerable<Stage1Gap>? gaps = null)
    {
        if (lastDay < firstDay)
        {
            throw new CertificationException(CertificationErrorCodes.DatesOutOfOrder, $"Stage 1 report: LastDay {lastDay:uuuu-MM-dd} is before FirstDay {firstDay:uuuu-MM-dd}.");
        }

        FirstDay = firstDay;
        LastDay = lastDay;
        LeadAuditor = Guard.Against.NullOrWhiteSpace(leadAuditor);
        Outcome = Guard.Against.EnumOutOfRange(outcome);
        Gaps = gaps is null ? [] : [.. gaps];
        if (outcome == Stage1Outcome.NotReady && Gaps.IsEmpty)
        {
            throw new CertificationException(CertificationErrorCodes.InvalidPayload, "Stage 1 report: Outcome NotReady needs at least one entry in Gaps saying what to close.");
        }
    }

    /// <summary>The first audit day.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last audit day.</summary>
    public LocalDate LastDay { get; }

    /// <summary>The audit team leader.</summary>
    public string LeadAuditor { get; }

    /// <summary>Ready or not ready.</summary>
    public Stage1Outcome Outcome { get; }

    /// <summary>The gaps found.</summary>
    public ImmutableArray<Stage1Gap> Gaps { get; }

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => LastDay;
}
