namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// The consequence of a risk on one criterion, e.g. <c>Confidentiality: 4</c>.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 d 1: assess the potential consequences.</para>
/// </summary>
/// <param name="Criterion">The criterion (C, I, A or one the organisation adds).</param>
/// <param name="Level">The consequence level on the organisation's consequence scale.</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct CriterionConsequence(ConsequenceCriterion Criterion, ConsequenceLevel Level);
