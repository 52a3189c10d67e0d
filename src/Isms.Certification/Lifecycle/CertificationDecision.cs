using Ardalis.GuardClauses;
using Isms.Certification.Certificates;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>A certification decision (grant or refuse), taken by persons who did not audit.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clause 9.5.</para></remarks>
/// <param name="DecidedOn">The day of the decision: the three-year cycle starts here for an initial certification.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="CertificateNumber">The number of the certificate to issue (required for an initial grant; a recertification keeps the existing number when null).</param>
/// <param name="Reason">The reason (required for a refusal).</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record CertificationDecision(LocalDate DecidedOn, string DecidedBy, CertificateNumber? CertificateNumber = null, string? Reason = null) : TriggerPayload
{
    /// <summary>Who decided.</summary>
    public string DecidedBy { get; init; } = Guard.Against.NullOrWhiteSpace(DecidedBy);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => DecidedOn;
}
