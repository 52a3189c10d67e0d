namespace Isms.Core.Obligations;

/// <summary>What kind of ISMS record a <see cref="DatedObligation"/> comes from.</summary>
public enum DatedObligationKind
{
    /// <summary>A risk owner's acceptance of residual risk that expires (ISO/IEC 27001:2022 clause 6.1.3 f).</summary>
    RiskAcceptance,

    /// <summary>An open action of the risk treatment plan with a due date (clauses 6.1.3 e, 8.3).</summary>
    TreatmentAction,

    /// <summary>An incomplete corrective action of a nonconformity (clause 10.2).</summary>
    CorrectiveAction,

    /// <summary>Documented information whose next review date is set (clause 7.5.2).</summary>
    DocumentReview,
}
