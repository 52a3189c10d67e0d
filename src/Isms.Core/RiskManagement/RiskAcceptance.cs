using NodaTime;

namespace Isms.Core.RiskManagement;

/// <summary>
/// The risk owner's acceptance of a residual risk: who, when, why, until when, and the assessment that was accepted.
/// An acceptance covers only the assessment it names: once the risk is reassessed at different levels,
/// <see cref="Matches(RiskAssessment)"/> is false and the risk must be accepted again.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 f (risk owners' acceptance of the residual information security risks).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskAcceptance
{
    /// <summary>The person who accepted the risk (should be the risk owner).</summary>
    public required PersonId AcceptedBy { get; init => field = Check.Id(value, "RiskAcceptance.AcceptedBy"); }

    /// <summary>When the risk was accepted.</summary>
    public required LocalDate AcceptedOn { get; init; }

    /// <summary>Why the risk is accepted.</summary>
    public required string Rationale { get; init => field = Check.Text(value, "RiskAcceptance.Rationale"); }

    /// <summary>When the acceptance lapses; <see langword="null"/> for no fixed expiry (reviewed with the register).</summary>
    public LocalDate? ExpiresOn { get; init; }

    /// <summary>The assessment (likelihood and consequence) that was accepted.</summary>
    public required RiskAssessment AcceptedAssessment { get; init => field = value ?? throw new IsmsException(IsmsErrorCodes.RequiredText, "RiskAcceptance.AcceptedAssessment must not be null."); }

    /// <summary>
    /// True when <paramref name="assessment"/> has the likelihood and consequence that were accepted
    /// (the assessment date may differ: a reassessment at the same levels still matches).
    /// </summary>
    /// <param name="assessment">The risk's current residual assessment.</param>
    public bool Matches(RiskAssessment assessment) =>
        assessment is not null
        && assessment.Likelihood == AcceptedAssessment.Likelihood
        && assessment.Consequence == AcceptedAssessment.Consequence;

    /// <summary>True when the acceptance has not expired on <paramref name="date"/> (and was given on or before it).</summary>
    /// <param name="date">The date.</param>
    public bool IsValidOn(LocalDate date) => AcceptedOn <= date && (ExpiresOn is not { } expiry || expiry >= date);
}
