namespace Isms.Core.Performance;

/// <summary>
/// The inputs management reviews shall consider, as ISO/IEC 27001:2022 clause 9.3.2 lists them (a to g, with the
/// four performance trends of d).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum ManagementReviewInput
{
    /// <summary>9.3.2 a: the status of actions from previous management reviews.</summary>
    PreviousActionsStatus,

    /// <summary>9.3.2 b: changes in external and internal issues relevant to the ISMS.</summary>
    ContextChanges,

    /// <summary>9.3.2 c: changes in needs and expectations of interested parties relevant to the ISMS.</summary>
    InterestedPartyChanges,

    /// <summary>9.3.2 d 1: nonconformities and corrective actions.</summary>
    NonconformitiesAndCorrectiveActions,

    /// <summary>9.3.2 d 2: monitoring and measurement results.</summary>
    MonitoringAndMeasurementResults,

    /// <summary>9.3.2 d 3: audit results.</summary>
    AuditResults,

    /// <summary>9.3.2 d 4: fulfilment of information security objectives.</summary>
    ObjectivesFulfilment,

    /// <summary>9.3.2 e: feedback from interested parties.</summary>
    InterestedPartyFeedback,

    /// <summary>9.3.2 f: results of risk assessment and status of the risk treatment plan.</summary>
    RiskAssessmentAndTreatmentStatus,

    /// <summary>9.3.2 g: opportunities for continual improvement.</summary>
    ImprovementOpportunities,
}
