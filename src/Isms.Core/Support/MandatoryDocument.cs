namespace Isms.Core.Support;

/// <summary>
/// The documented information ISO/IEC 27001:2022 requires (what a Stage 1 auditor asks for first). A
/// <see cref="DocumentedInformation"/> states which of these it fulfils.
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum MandatoryDocument
{
    /// <summary>4.3 the ISMS scope.</summary>
    Scope,

    /// <summary>5.2 the information security policy.</summary>
    InformationSecurityPolicy,

    /// <summary>6.1.2 the information security risk assessment process.</summary>
    RiskAssessmentProcess,

    /// <summary>6.1.3 the information security risk treatment process.</summary>
    RiskTreatmentProcess,

    /// <summary>6.1.3 d the Statement of Applicability.</summary>
    StatementOfApplicability,

    /// <summary>6.2 the information security objectives.</summary>
    InformationSecurityObjectives,

    /// <summary>7.2 d evidence of competence.</summary>
    CompetenceEvidence,

    /// <summary>7.5.1 b documented information the organisation deems necessary for the ISMS's effectiveness.</summary>
    DeemedNecessary,

    /// <summary>8.1 evidence that processes were carried out as planned.</summary>
    OperationalPlanningEvidence,

    /// <summary>8.2 results of information security risk assessments.</summary>
    RiskAssessmentResults,

    /// <summary>8.3 results of information security risk treatment.</summary>
    RiskTreatmentResults,

    /// <summary>9.1 evidence of monitoring and measurement results.</summary>
    MonitoringResults,

    /// <summary>9.2.2 evidence of the audit programme and audit results.</summary>
    AuditProgrammeAndResults,

    /// <summary>9.3.3 evidence of the results of management reviews.</summary>
    ManagementReviewResults,

    /// <summary>10.2 evidence of nonconformities, actions taken and the results of corrective action.</summary>
    NonconformitiesAndCorrectiveActions,
}
