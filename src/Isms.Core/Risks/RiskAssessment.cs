using NodaTime;

namespace Isms.Core.Risks;

/// <summary>
/// One assessment of a risk: the likelihood and the consequence on the organisation's scales, and when it was made.
/// The level follows from the organisation's <see cref="Criteria.RiskCriteria"/> (Isms.Risk scores it).
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d (analyse) and 8.2 (risk assessment results, retained as documented information).</para>
/// </summary>
/// <param name="Likelihood">The likelihood level.</param>
/// <param name="Consequence">The consequence level (the worst of the criteria when assessed per criterion).</param>
/// <param name="AssessedOn">The date of the assessment.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskAssessment(Criteria.LikelihoodLevel Likelihood, Criteria.ConsequenceLevel Consequence, LocalDate AssessedOn);
