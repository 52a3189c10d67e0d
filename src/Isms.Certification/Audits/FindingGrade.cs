namespace Isms.Certification.Audits;

/// <summary>How an audit finding is graded (ISO/IEC 17021-1:2015 clauses 3.12, 3.13, 9.4.5).</summary>
public enum FindingGrade
{
    /// <summary>Major nonconformity: affects the capability of the ISMS to achieve its intended results. Correction and corrective action must be verified before a positive decision.</summary>
    MajorNonconformity = 0,

    /// <summary>Minor nonconformity: needs an accepted action plan; verified at the next audit.</summary>
    MinorNonconformity = 1,

    /// <summary>Observation: no action required.</summary>
    Observation = 2,

    /// <summary>Opportunity for improvement: no action required.</summary>
    OpportunityForImprovement = 3,
}
