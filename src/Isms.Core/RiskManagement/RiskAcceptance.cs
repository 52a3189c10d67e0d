using NodaTime;

namespace Isms.Core.RiskManagement;

/// <summary>
/// The risk owner's acceptance of a residual risk: who, when, why, until when, and the assessment that was accepted.
/// An acceptance covers only the likelihood and consequence it names: once the residual risk is reassessed at
/// different levels, the risk must be accepted again. When an acceptance counts (in force on a date, given by the
/// risk owner, of the residual cell) is decided by Isms.Risk's risk rules (docs/risk.md).
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
    public required RiskAssessment AcceptedAssessment { get; init => field = value ?? throw Fault.Of(IsmsErrorCodes.RequiredText, "RiskAcceptance.AcceptedAssessment must not be null.", nameof(RiskAcceptance), member: nameof(AcceptedAssessment)); }
}
