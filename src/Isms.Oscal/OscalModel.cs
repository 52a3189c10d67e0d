namespace Isms.Oscal;

/// <summary>The OSCAL models the ISMS is exported as, in the order they reference each other.</summary>
public enum OscalModel
{
    /// <summary>The control catalog the Statement of Applicability decides on (ids and titles only).</summary>
    Catalog,

    /// <summary>The Statement of Applicability as a profile: applicable controls selected, exclusions with their justification.</summary>
    Profile,

    /// <summary>The Statement of Applicability as a system security plan: each applicable control's implementation.</summary>
    SystemSecurityPlan,

    /// <summary>The internal audit programme as an assessment plan.</summary>
    AssessmentPlan,

    /// <summary>Readiness findings (and internal audit findings) as assessment results.</summary>
    AssessmentResults,

    /// <summary>Open nonconformities, corrective actions and risk treatment actions as a plan of action and milestones.</summary>
    PlanOfActionAndMilestones,
}
