using Isms.Core;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The certification body's review of an application: accepted or declined, by whom, why.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clause 9.1.2 (application review).</para></remarks>
/// <param name="ReviewedOn">The day of the review.</param>
/// <param name="Reviewer">The person who reviewed.</param>
/// <param name="Reason">Why (required when declining).</param>
/// <exception cref="CertificationException">An empty <paramref name="Reviewer"/> (<c>ISMS-CERT-008</c>).</exception>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record ApplicationReview(LocalDate ReviewedOn, PersonId Reviewer, string? Reason = null) : TriggerPayload
{
    /// <summary>The person who reviewed.</summary>
    public PersonId Reviewer { get; init => field = Check(value); } = Check(Reviewer);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => ReviewedOn;

    private static PersonId Check(PersonId value) => Require.Person(value, CertificationErrorCodes.InvalidPayload, nameof(ApplicationReview), nameof(Reviewer));
}
