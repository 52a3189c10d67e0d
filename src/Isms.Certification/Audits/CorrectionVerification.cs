using System.Collections.Immutable;
using Ardalis.GuardClauses;
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
    /// <param name="reviewedBy">Who reviewed.</param>
    /// <param name="findings">The findings reviewed (at least one).</param>
    /// <param name="outcome">Verified, or action plan accepted.</param>
    public CorrectionVerification(LocalDate reviewedOn, string reviewedBy, IEnumerable<FindingId> findings, CorrectionOutcome outcome = CorrectionOutcome.Verified)
    {
        ReviewedOn = reviewedOn;
        ReviewedBy = Guard.Against.NullOrWhiteSpace(reviewedBy);
        Findings = [.. Guard.Against.Null(findings)];
        if (Findings.IsEmpty)
        {
            throw new CertificationException(CertificationErrorCodes.InvalidPayload, "Correction verification: Findings must name at least one finding.");
        }

        Outcome = Guard.Against.EnumOutOfRange(outcome);
    }

    /// <summary>The day of the review.</summary>
    public LocalDate ReviewedOn { get; }

    /// <summary>Who reviewed.</summary>
    public string ReviewedBy { get; }

    /// <summary>The findings reviewed.</summary>
    public ImmutableArray<FindingId> Findings { get; }

    /// <summary>Verified, or action plan accepted.</summary>
    public CorrectionOutcome Outcome { get; }

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => ReviewedOn;
}
