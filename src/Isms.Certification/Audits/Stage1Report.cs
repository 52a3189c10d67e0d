using System.Collections.Immutable;
using Isms.Certification.Lifecycle;
using Isms.Core;
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
    /// <exception cref="CertificationException">Dates in the wrong order (<c>ISMS-CERT-004</c>); an empty lead auditor, an
    /// undefined outcome, a null gap, or not ready without a gap (<c>ISMS-CERT-008</c>).</exception>
    public Stage1Report(LocalDate firstDay, LocalDate lastDay, PersonId leadAuditor, Stage1Outcome outcome, IEnumerable<Stage1Gap>? gaps = null)
    {
        Require.InOrder(firstDay, lastDay, nameof(Stage1Report), nameof(FirstDay), nameof(LastDay));
        FirstDay = firstDay;
        LastDay = lastDay;
        LeadAuditor = Require.Person(leadAuditor, CertificationErrorCodes.InvalidPayload, nameof(Stage1Report), nameof(LeadAuditor));
        Outcome = Require.Defined(outcome, CertificationErrorCodes.InvalidPayload, nameof(Stage1Report), nameof(Outcome));
        Gaps = gaps is null ? [] : [.. gaps];
        var missing = Gaps.IndexOf(null!);
        if (missing >= 0)
        {
            throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(Stage1Report), $"{nameof(Gaps)}[{missing}]", null, $"Stage1Report.Gaps[{missing}] is null.");
        }

        if (outcome == Stage1Outcome.NotReady && Gaps.IsEmpty)
        {
            throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(Stage1Report), nameof(Gaps), null, "Stage1Report: Outcome NotReady needs at least one entry in Gaps saying what to close.");
        }
    }

    /// <summary>The first audit day.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last audit day.</summary>
    public LocalDate LastDay { get; }

    /// <summary>The audit team leader.</summary>
    public PersonId LeadAuditor { get; }

    /// <summary>Ready or not ready.</summary>
    public Stage1Outcome Outcome { get; }

    /// <summary>The gaps found.</summary>
    public ImmutableArray<Stage1Gap> Gaps { get; }

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => LastDay;
}
