using Ardalis.GuardClauses;
using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>The certification body's review of an application: accepted or declined, by whom, why.</summary>
/// <remarks><para>ISO/IEC 17021-1:2015 clause 9.1.2 (application review).</para></remarks>
/// <param name="ReviewedOn">The day of the review.</param>
/// <param name="Reviewer">Who reviewed.</param>
/// <param name="Reason">Why (required when declining).</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record ApplicationReview(LocalDate ReviewedOn, string Reviewer, string? Reason = null) : TriggerPayload
{
    /// <summary>Who reviewed.</summary>
    public string Reviewer { get; init; } = Guard.Against.NullOrWhiteSpace(Reviewer);

    /// <inheritdoc/>
    public override LocalDate EffectiveDate => ReviewedOn;
}
