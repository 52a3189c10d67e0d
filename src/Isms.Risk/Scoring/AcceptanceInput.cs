using Isms.Core.RiskManagement;
using NodaTime;

namespace Isms.Risk.Scoring;

/// <summary>
/// A risk owner's acceptance as the engine evaluates it: who accepted, when, until when, and which assessment.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 f: the risk owners' acceptance of the residual information security risks.</para>
/// </summary>
/// <param name="AcceptedBy">Who accepted (must be the risk owner).</param>
/// <param name="AcceptedOn">The date of the acceptance.</param>
/// <param name="ExpiresOn">The last day the acceptance holds, or null (no expiry: reported as a finding).</param>
/// <param name="AcceptedAssessment">The assessment that was accepted; the acceptance covers the risk only while it matches.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AcceptanceInput(string AcceptedBy, LocalDate AcceptedOn, LocalDate? ExpiresOn, RiskAssessment AcceptedAssessment);
