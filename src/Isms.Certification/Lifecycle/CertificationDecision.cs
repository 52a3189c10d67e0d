using Isms.Certification.Certificates;
using Isms.Core;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>A certification decision (grant or refuse), taken by persons who did not audit.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clause 9.5.</para></remarks>
/// <param name="DecidedOn">The day of the decision: the three-year cycle starts here for an initial certification.</param>
/// <param name="DecidedBy">The person who decided.</param>
/// <param name="CertificateNumber">The number of the certificate to issue (required for an initial grant; a recertification keeps the existing number when null).</param>
/// <param name="Reason">The reason (required for a refusal).</param>
/// <exception cref="CertificationException">An empty <paramref name="DecidedBy"/> (<c>ISMS-CERT-008</c>).</exception>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record CertificationDecision(LocalDate DecidedOn, PersonId DecidedBy, CertificateNumber? CertificateNumber = null, string? Reason = null) : TriggerPayload
{
    /// <summary>The person who decided.</summary>
    public PersonId DecidedBy { get; init => field = Check(value); } = Check(DecidedBy);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => DecidedOn;

    private static PersonId Check(PersonId value) => Require.Person(value, CertificationErrorCodes.InvalidPayload, nameof(CertificationDecision), nameof(DecidedBy));
}
