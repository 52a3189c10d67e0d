using Ardalis.GuardClauses;
using System.Collections.Immutable;
using Isms.Certification.Lifecycle;
using NodaTime;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Certification.Audits;

/// <summary>The certification body's review of corrections and corrective actions for some nonconformities.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clauses 9.4.9 and 9.5.1.2.</para></remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record CorrectionVerification : TriggerPayload
{
    /// <summary>Creates a verification.</summary>
    /// <param name="reviewedOn">The day of the review.</param>
    /// <param name="reviewedBy">The person who reviewed.</param>
    /// <param name="findings">The findings reviewed (at least one).</param>
    /// <param name="outcome">Verified, or action plan accepted.</param>
    /// <exception cref="CertificationException">An empty reviewer, no or an empty finding id, or an undefined outcome (<c>ISMS-CERT-008</c>).</exception>
    public CorrectionVerification(LocalDate reviewedOn, PersonId reviewedBy, IEnumerable<FindingId> findings, CorrectionOutcome outcome = CorrectionOutcome.Verified)
    {
        Guard.Against.Null(findings);
        ReviewedOn = reviewedOn;
        ReviewedBy = Require.Person(reviewedBy, CertificationErrorCodes.InvalidPayload, nameof(CorrectionVerification), nameof(ReviewedBy));
        Findings = [.. findings];
        if (Findings.IsEmpty)
        {
            throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(CorrectionVerification), nameof(Findings), null, "CorrectionVerification.Findings must name at least one finding.");
        }

        var empty = Findings.IndexOf(default);
        if (empty >= 0)
        {
            throw Require.Fail(CertificationErrorCodes.InvalidPayload, nameof(CorrectionVerification), $"{nameof(Findings)}[{empty}]", null, $"CorrectionVerification.Findings[{empty}] is an empty FindingId.");
        }

        Outcome = Require.Defined(outcome, CertificationErrorCodes.InvalidPayload, nameof(CorrectionVerification), nameof(Outcome));
    }

    /// <summary>The day of the review.</summary>
    public LocalDate ReviewedOn { get; }

    /// <summary>The person who reviewed.</summary>
    public PersonId ReviewedBy { get; }

    /// <summary>The findings reviewed.</summary>
    public ImmutableArray<FindingId> Findings { get; }

    /// <summary>Verified, or action plan accepted.</summary>
    public CorrectionOutcome Outcome { get; }

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => ReviewedOn;
}
