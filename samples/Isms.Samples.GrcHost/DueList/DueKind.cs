namespace Isms.Samples.GrcHost.DueList;

/// <summary>What kind of record a due item comes from.</summary>
public enum DueKind
{
    /// <summary>A certification deadline (surveillance, recertification, expiry, closing majors...): ISO/IEC 17021-1 and the CB's policy.</summary>
    Certification,

    /// <summary>A risk owner's acceptance of residual risk that expires (ISO/IEC 27001:2022 clause 6.1.3 f).</summary>
    RiskAcceptance,

    /// <summary>An action of the risk treatment plan (clauses 6.1.3 e, 8.3).</summary>
    TreatmentAction,

    /// <summary>A corrective action for a nonconformity (clause 10.2).</summary>
    CorrectiveAction,

    /// <summary>A document whose review date has come (clause 7.5.2).</summary>
    DocumentReview,
}
