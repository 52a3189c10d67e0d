namespace Isms.Core.Readiness;

/// <summary>
/// The stable codes of the built-in readiness findings (documented with severities in docs/concepts.md). Vendors'
/// rules use their own prefix. The findings on what risk levels mean (residual risk above the appetite, acceptance)
/// come from Isms.Risk's risk rules, under their <c>ISMS-RISK-1nn</c> codes.
/// </summary>
/// <threadsafety>Constants; thread-safe.</threadsafety>
public static class ReadinessCodes
{
    /// <summary>Mandatory documented information is missing (the list in docs/concepts.md: what a Stage 1 auditor asks for first).</summary>
    public const string MandatoryDocumentMissing = "RDY-DOC-001";

    /// <summary>Mandatory documented information exists but is not approved.</summary>
    public const string MandatoryDocumentNotApproved = "RDY-DOC-002";

    /// <summary>A document is past its review date.</summary>
    public const string DocumentReviewOverdue = "RDY-DOC-003";

    /// <summary>A document's owner has left or is unknown.</summary>
    public const string DocumentOwnerInactive = "RDY-DOC-004";

    /// <summary>No internal or external issues are recorded (4.1).</summary>
    public const string NoContextIssues = "RDY-CTX-001";

    /// <summary>Climate change was not determined as relevant or not (4.1, Amd 1:2024).</summary>
    public const string ClimateChangeNotDetermined = "RDY-CTX-002";

    /// <summary>No interested parties or requirements are recorded (4.2).</summary>
    public const string NoInterestedParties = "RDY-CTX-003";

    /// <summary>No legal, statutory, regulatory or contractual obligations are recorded (4.2, A.5.31).</summary>
    public const string NoObligations = "RDY-CTX-004";

    /// <summary>The ISMS scope is not determined (4.3).</summary>
    public const string ScopeMissing = "RDY-CTX-005";

    /// <summary>The scope lacks boundaries, interfaces or dependencies (4.3 c).</summary>
    public const string ScopeIncomplete = "RDY-CTX-006";

    /// <summary>A site of the organisation is neither in scope nor explicitly excluded.</summary>
    public const string SiteNotAddressedByScope = "RDY-CTX-007";

    /// <summary>No information security policy (5.2).</summary>
    public const string PolicyMissing = "RDY-LDR-001";

    /// <summary>The policy is not approved by top management (5.2).</summary>
    public const string PolicyNotApproved = "RDY-LDR-002";

    /// <summary>The policy lacks a commitment 5.2 b, c or d requires.</summary>
    public const string PolicyCommitmentMissing = "RDY-LDR-003";

    /// <summary>No role is responsible for conformity (5.3 a) or for reporting performance (5.3 b).</summary>
    public const string IsmsResponsibilityUnassigned = "RDY-LDR-004";

    /// <summary>A role is held by no active person (5.3).</summary>
    public const string RoleUnassigned = "RDY-LDR-005";

    /// <summary>The policy has not been communicated (5.2 f).</summary>
    public const string PolicyNotCommunicated = "RDY-LDR-006";

    /// <summary>The risk register is empty (6.1.2).</summary>
    public const string RiskRegisterEmpty = "RDY-RSK-001";

    /// <summary>A risk's owner has left or is unknown (6.1.2 c 2).</summary>
    public const string RiskOwnerInactive = "RDY-RSK-002";

    /// <summary>A risk has not been (re)assessed within the interval (8.2).</summary>
    public const string RiskAssessmentStale = "RDY-RSK-003";

    /// <summary>A risk treated by modification has no controls (6.1.3 b).</summary>
    public const string RiskWithoutControls = "RDY-RSK-004";

    /// <summary>A risk names no asset (6.1.2 c).</summary>
    public const string RiskWithoutAssets = "RDY-RSK-009";

    /// <summary>A risk relies on a control that is retired or not effective.</summary>
    public const string RiskReliesOnIneffectiveControl = "RDY-RSK-010";

    /// <summary>The risk treatment plan is not approved by the risk owners (6.1.3 f).</summary>
    public const string TreatmentPlanNotApproved = "RDY-RTP-001";

    /// <summary>A treatment action has no owner (6.1.3 e, 6.2 h).</summary>
    public const string TreatmentActionUnowned = "RDY-RTP-002";

    /// <summary>A treatment action is overdue (8.3).</summary>
    public const string TreatmentActionOverdue = "RDY-RTP-003";

    /// <summary>A treatment action has no due date (6.2 i).</summary>
    public const string TreatmentActionUndated = "RDY-RTP-004";

    /// <summary>A risk has planned controls but no treatment action (6.1.3 e).</summary>
    public const string PlannedControlsWithoutAction = "RDY-RTP-005";

    /// <summary>No information security objectives (6.2).</summary>
    public const string NoObjectives = "RDY-OBJ-001";

    /// <summary>An objective is not measurable or lacks owner, due date or evaluation method (6.2).</summary>
    public const string ObjectiveNotMeasurable = "RDY-OBJ-002";

    /// <summary>An objective is past due and not achieved (6.2).</summary>
    public const string ObjectiveOverdue = "RDY-OBJ-003";

    /// <summary>A role holder has no valid evidence of competence (7.2 d).</summary>
    public const string CompetenceEvidenceMissing = "RDY-SUP-001";

    /// <summary>People without an awareness activity within the interval (7.3).</summary>
    public const string AwarenessMissing = "RDY-SUP-002";

    /// <summary>An applied control's owner has left or is unknown.</summary>
    public const string ControlOwnerInactive = "RDY-CTL-001";

    /// <summary>An applied control is not effective (9.1, 10.2).</summary>
    public const string ControlNotEffective = "RDY-CTL-002";

    /// <summary>An implemented applied control has no evidence (8.1).</summary>
    public const string ControlWithoutEvidence = "RDY-CTL-003";

    /// <summary>No monitoring and measurement results within the interval (9.1).</summary>
    public const string NoRecentMeasurements = "RDY-MON-001";

    /// <summary>No internal audit programme (9.2.2).</summary>
    public const string AuditProgrammeMissing = "RDY-AUD-001";

    /// <summary>No internal audit completed within the interval (9.2).</summary>
    public const string NoRecentInternalAudit = "RDY-AUD-002";

    /// <summary>Recent internal audits do not cover clauses 4 to 10 (9.2.1).</summary>
    public const string AuditCoverageIncomplete = "RDY-AUD-003";

    /// <summary>An auditor audited their own work (9.2.2 objectivity and impartiality).</summary>
    public const string AuditorNotIndependent = "RDY-AUD-004";

    /// <summary>An audit nonconformity has no nonconformity record (9.2.2, 10.2).</summary>
    public const string AuditFindingNotRaised = "RDY-AUD-005";

    /// <summary>Applicable Annex A controls were not covered by recent internal audits.</summary>
    public const string AnnexAControlsNotAudited = "RDY-AUD-006";

    /// <summary>No management review within the interval (9.3).</summary>
    public const string NoRecentManagementReview = "RDY-MR-001";

    /// <summary>The latest management review did not consider every 9.3.2 input.</summary>
    public const string ManagementReviewInputsMissing = "RDY-MR-002";

    /// <summary>The latest management review recorded no decisions (9.3.3).</summary>
    public const string ManagementReviewWithoutOutputs = "RDY-MR-003";

    /// <summary>An open nonconformity has no corrective action (10.2 c).</summary>
    public const string NonconformityWithoutAction = "RDY-NC-001";

    /// <summary>A corrective action is overdue (10.2 c).</summary>
    public const string CorrectiveActionOverdue = "RDY-NC-002";

    /// <summary>An open nonconformity has no root cause (10.2 b).</summary>
    public const string NonconformityWithoutRootCause = "RDY-NC-003";

    /// <summary>Corrective actions were verified not effective and the nonconformity has no new action (10.2 d).</summary>
    public const string CorrectiveActionIneffective = "RDY-NC-004";

    /// <summary>A major nonconformity is open.</summary>
    public const string MajorNonconformityOpen = "RDY-NC-005";

    /// <summary>No Statement of Applicability (6.1.3 d).</summary>
    public const string SoaMissing = "RDY-SOA-001";

    /// <summary>Catalog controls without a decision in the SoA (6.1.3 d).</summary>
    public const string SoaControlsUndecided = "RDY-SOA-002";

    /// <summary>An applicable control is not traced to a risk or requirement (6.1.3 d).</summary>
    public const string SoaInclusionNotTraced = "RDY-SOA-003";

    /// <summary>The SoA has no approved version (6.1.3 d, 7.5.2).</summary>
    public const string SoaNotApproved = "RDY-SOA-004";

    /// <summary>An excluded control is nevertheless implemented by an applied control or linked to risks.</summary>
    public const string SoaExclusionContradicted = "RDY-SOA-005";

    /// <summary>A control stated as implemented has no applied control or evidence.</summary>
    public const string SoaImplementedWithoutEvidence = "RDY-SOA-006";

    /// <summary>A control included for risk treatment links no risk.</summary>
    public const string SoaRiskTreatmentWithoutRisk = "RDY-SOA-007";

    /// <summary>A control a risk relies on is excluded or undecided in the SoA (6.1.3 c).</summary>
    public const string SoaMissesRiskControl = "RDY-SOA-008";
}
