using NodaTime;

namespace Isms.Benchmarks;

/// <summary>
/// The baseline's model: a plain mutable class per record of the <c>isms</c> document (generated from the
/// persistence records of schema version 1: the same members, the same nesting, strings for ids and enums,
/// NodaTime values), with no attributes, so reflection-based System.Text.Json serializes it with its defaults.
/// </summary>
/// <threadsafety>Plain mutable data; not thread-safe.</threadsafety>
public static class BaselineIsmsModel
{
    /// <summary>Mirror of the document's <c>acceptance</c> record.</summary>
    public sealed class BaselineAcceptance
    {
        /// <summary>AcceptedBy.</summary>
        public required string AcceptedBy { get; set; }

        /// <summary>AcceptedOn.</summary>
        public required LocalDate AcceptedOn { get; set; }

        /// <summary>Rationale.</summary>
        public required string Rationale { get; set; }

        /// <summary>ExpiresOn.</summary>
        public LocalDate? ExpiresOn { get; set; }

        /// <summary>AcceptedAssessment.</summary>
        public required BaselineAssessment AcceptedAssessment { get; set; }
    }

    /// <summary>Mirror of the document's <c>appliedControl</c> record.</summary>
    public sealed class BaselineAppliedControl
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary>Owner.</summary>
        public required string Owner { get; set; }

        /// <summary>Status.</summary>
        public required string Status { get; set; }

        /// <summary>Effectiveness.</summary>
        public double? Effectiveness { get; set; }

        /// <summary>LikelihoodReduction.</summary>
        public int LikelihoodReduction { get; set; }

        /// <summary>ConsequenceReduction.</summary>
        public int ConsequenceReduction { get; set; }

        /// <summary>Evidence.</summary>
        public List<BaselineEvidence> Evidence { get; set; } = [];

        /// <summary>Implements.</summary>
        public required List<string> Implements { get; set; }
    }

    /// <summary>Mirror of the document's <c>assessment</c> record.</summary>
    public sealed class BaselineAssessment
    {
        /// <summary>Likelihood.</summary>
        public required int Likelihood { get; set; }

        /// <summary>Consequence.</summary>
        public required int Consequence { get; set; }

        /// <summary>AssessedOn.</summary>
        public required LocalDate AssessedOn { get; set; }

        /// <summary>ByCriterion.</summary>
        public List<BaselineCriterionConsequence> ByCriterion { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>asset</c> record.</summary>
    public sealed class BaselineAsset
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Type.</summary>
        public required string Type { get; set; }

        /// <summary>Owner.</summary>
        public required string Owner { get; set; }

        /// <summary>Site.</summary>
        public string? Site { get; set; }

        /// <summary>Location.</summary>
        public string? Location { get; set; }

        /// <summary>Classification.</summary>
        public required BaselineCia Classification { get; set; }

        /// <summary>DependsOn.</summary>
        public List<string> DependsOn { get; set; } = [];

        /// <summary>Description.</summary>
        public string? Description { get; set; }
    }

    /// <summary>Mirror of the document's <c>auditFinding</c> record.</summary>
    public sealed class BaselineAuditFinding
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Grade.</summary>
        public required string Grade { get; set; }

        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Clause.</summary>
        public string? Clause { get; set; }

        /// <summary>Control.</summary>
        public string? Control { get; set; }

        /// <summary>Nonconformity.</summary>
        public string? Nonconformity { get; set; }
    }

    /// <summary>Mirror of the document's <c>auditProgramme</c> record.</summary>
    public sealed class BaselineAuditProgramme
    {
        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Owner.</summary>
        public required string Owner { get; set; }

        /// <summary>PeriodStart.</summary>
        public required LocalDate PeriodStart { get; set; }

        /// <summary>PeriodEnd.</summary>
        public required LocalDate PeriodEnd { get; set; }

        /// <summary>Approach.</summary>
        public string? Approach { get; set; }

        /// <summary>Document.</summary>
        public string? Document { get; set; }

        /// <summary>ApprovedBy.</summary>
        public string? ApprovedBy { get; set; }
    }

    /// <summary>Mirror of the document's <c>awarenessRecord</c> record.</summary>
    public sealed class BaselineAwarenessRecord
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Person.</summary>
        public required string Person { get; set; }

        /// <summary>Topic.</summary>
        public required string Topic { get; set; }

        /// <summary>CompletedOn.</summary>
        public required LocalDate CompletedOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>catalogControl</c> record.</summary>
    public sealed class BaselineCatalogControl
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Theme.</summary>
        public required string Theme { get; set; }

        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Group.</summary>
        public string? Group { get; set; }

        /// <summary>Attributes.</summary>
        public BaselineControlAttributes? Attributes { get; set; }

        /// <summary>NewIn2022.</summary>
        public bool? NewIn2022 { get; set; }
    }

    /// <summary>Mirror of the document's <c>cia</c> record.</summary>
    public sealed class BaselineCia
    {
        /// <summary>Confidentiality.</summary>
        public required string Confidentiality { get; set; }

        /// <summary>Integrity.</summary>
        public required string Integrity { get; set; }

        /// <summary>Availability.</summary>
        public required string Availability { get; set; }
    }

    /// <summary>Mirror of the document's <c>competenceRecord</c> record.</summary>
    public sealed class BaselineCompetenceRecord
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Person.</summary>
        public required string Person { get; set; }

        /// <summary>Role.</summary>
        public string? Role { get; set; }

        /// <summary>Competence.</summary>
        public required string Competence { get; set; }

        /// <summary>Kind.</summary>
        public required string Kind { get; set; }

        /// <summary>Evidence.</summary>
        public string? Evidence { get; set; }

        /// <summary>AchievedOn.</summary>
        public required LocalDate AchievedOn { get; set; }

        /// <summary>ExpiresOn.</summary>
        public LocalDate? ExpiresOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>contact</c> record.</summary>
    public sealed class BaselineContact
    {
        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Function.</summary>
        public string? Function { get; set; }

        /// <summary>Email.</summary>
        public required string Email { get; set; }

        /// <summary>Phone.</summary>
        public string? Phone { get; set; }
    }

    /// <summary>Mirror of the document's <c>context</c> record.</summary>
    public sealed class BaselineContext
    {
        /// <summary>Issues.</summary>
        public List<BaselineContextIssue> Issues { get; set; } = [];

        /// <summary>InterestedParties.</summary>
        public List<BaselineInterestedParty> InterestedParties { get; set; } = [];

        /// <summary>Requirements.</summary>
        public List<BaselineRequirement> Requirements { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>contextIssue</c> record.</summary>
    public sealed class BaselineContextIssue
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Origin.</summary>
        public required string Origin { get; set; }

        /// <summary>Kind.</summary>
        public required string Kind { get; set; }

        /// <summary>Relevant.</summary>
        public bool Relevant { get; set; }

        /// <summary>Effect.</summary>
        public string? Effect { get; set; }

        /// <summary>IdentifiedOn.</summary>
        public required LocalDate IdentifiedOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>controlAttributes</c> record.</summary>
    public sealed class BaselineControlAttributes
    {
        /// <summary>ControlTypes.</summary>
        public required List<string> ControlTypes { get; set; }

        /// <summary>Properties.</summary>
        public required List<string> Properties { get; set; }

        /// <summary>Concepts.</summary>
        public required List<string> Concepts { get; set; }

        /// <summary>Capabilities.</summary>
        public required List<string> Capabilities { get; set; }

        /// <summary>Domains.</summary>
        public required List<string> Domains { get; set; }
    }

    /// <summary>Mirror of the document's <c>controlCatalog</c> record.</summary>
    public sealed class BaselineControlCatalog : BaselineDocument
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Source.</summary>
        public required string Source { get; set; }

        /// <summary>Controls.</summary>
        public required List<BaselineCatalogControl> Controls { get; set; }
    }

    /// <summary>Mirror of the document's <c>correctiveAction</c> record.</summary>
    public sealed class BaselineCorrectiveAction
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Owner.</summary>
        public required string Owner { get; set; }

        /// <summary>Due.</summary>
        public required LocalDate Due { get; set; }

        /// <summary>CompletedOn.</summary>
        public LocalDate? CompletedOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>correlation</c> record.</summary>
    public sealed class BaselineCorrelation
    {
        /// <summary>First.</summary>
        public required string First { get; set; }

        /// <summary>Second.</summary>
        public required string Second { get; set; }

        /// <summary>Coefficient.</summary>
        public required double Coefficient { get; set; }
    }

    /// <summary>Mirror of the document's <c>criterionConsequence</c> record.</summary>
    public sealed class BaselineCriterionConsequence
    {
        /// <summary>Criterion.</summary>
        public required string Criterion { get; set; }

        /// <summary>Level.</summary>
        public required int Level { get; set; }
    }

    /// <summary>Mirror of the document's <c>distribution</c> record.</summary>
    public sealed class BaselineDistribution
    {
        /// <summary>Kind.</summary>
        public required string Kind { get; set; }

        /// <summary>Value.</summary>
        public double? Value { get; set; }

        /// <summary>Low.</summary>
        public double? Low { get; set; }

        /// <summary>Mode.</summary>
        public double? Mode { get; set; }

        /// <summary>High.</summary>
        public double? High { get; set; }

        /// <summary>Shape.</summary>
        public double? Shape { get; set; }

        /// <summary>Variant.</summary>
        public string? Variant { get; set; }

        /// <summary>Mu.</summary>
        public double? Mu { get; set; }

        /// <summary>Sigma.</summary>
        public double? Sigma { get; set; }

        /// <summary>Mean.</summary>
        public double? Mean { get; set; }

        /// <summary>StandardDeviation.</summary>
        public double? StandardDeviation { get; set; }

        /// <summary>TruncateBelow.</summary>
        public double? TruncateBelow { get; set; }

        /// <summary>TruncateAbove.</summary>
        public double? TruncateAbove { get; set; }

        /// <summary>Rate.</summary>
        public double? Rate { get; set; }
    }

    /// <summary>Mirror of the document's <c>document</c> record.</summary>
    public abstract class BaselineDocument
    {
        /// <summary>SchemaVersion.</summary>
        public required int SchemaVersion { get; set; }

        /// <summary>Kind.</summary>
        public required string Kind { get; set; }
    }

    /// <summary>Mirror of the document's <c>documentedInformation</c> record.</summary>
    public sealed class BaselineDocumentedInformation
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Version.</summary>
        public required string Version { get; set; }

        /// <summary>Owner.</summary>
        public required string Owner { get; set; }

        /// <summary>ApprovedBy.</summary>
        public string? ApprovedBy { get; set; }

        /// <summary>ApprovedOn.</summary>
        public LocalDate? ApprovedOn { get; set; }

        /// <summary>NextReviewOn.</summary>
        public LocalDate? NextReviewOn { get; set; }

        /// <summary>Retention.</summary>
        public Period? Retention { get; set; }

        /// <summary>Classification.</summary>
        public required string Classification { get; set; }

        /// <summary>Location.</summary>
        public string? Location { get; set; }

        /// <summary>Fulfils.</summary>
        public List<string> Fulfils { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>evidence</c> record.</summary>
    public sealed class BaselineEvidence
    {
        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Location.</summary>
        public string? Location { get; set; }

        /// <summary>Document.</summary>
        public string? Document { get; set; }

        /// <summary>CollectedOn.</summary>
        public LocalDate? CollectedOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>fairControl</c> record.</summary>
    public sealed class BaselineFairControl
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>AnnualCost.</summary>
        public required double AnnualCost { get; set; }

        /// <summary>Reductions.</summary>
        public required List<BaselineNodeReduction> Reductions { get; set; }

        /// <summary>Scenarios.</summary>
        public List<string> Scenarios { get; set; } = [];

        /// <summary>AnnexAControls.</summary>
        public List<string> AnnexAControls { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>fairEstimate</c> record.</summary>
    public sealed class BaselineFairEstimate
    {
        /// <summary>Node.</summary>
        public required string Node { get; set; }

        /// <summary>Distribution.</summary>
        public required BaselineDistribution Distribution { get; set; }
    }

    /// <summary>Mirror of the document's <c>fairScenario</c> record.</summary>
    public sealed class BaselineFairScenario
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Estimates.</summary>
        public required List<BaselineFairEstimate> Estimates { get; set; }
    }

    /// <summary>Mirror of the document's <c>interestedParty</c> record.</summary>
    public sealed class BaselineInterestedParty
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Kind.</summary>
        public required string Kind { get; set; }

        /// <summary>Relevance.</summary>
        public string? Relevance { get; set; }
    }

    /// <summary>Mirror of the document's <c>internalAudit</c> record.</summary>
    public sealed class BaselineInternalAudit
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Status.</summary>
        public required string Status { get; set; }

        /// <summary>PlannedOn.</summary>
        public required LocalDate PlannedOn { get; set; }

        /// <summary>CompletedOn.</summary>
        public LocalDate? CompletedOn { get; set; }

        /// <summary>LeadAuditor.</summary>
        public required string LeadAuditor { get; set; }

        /// <summary>Auditors.</summary>
        public List<string> Auditors { get; set; } = [];

        /// <summary>Auditees.</summary>
        public List<string> Auditees { get; set; } = [];

        /// <summary>Clauses.</summary>
        public List<string> Clauses { get; set; } = [];

        /// <summary>Controls.</summary>
        public List<string> Controls { get; set; } = [];

        /// <summary>Sites.</summary>
        public List<string> Sites { get; set; } = [];

        /// <summary>CoversWholeScope.</summary>
        public bool CoversWholeScope { get; set; }

        /// <summary>Findings.</summary>
        public List<BaselineAuditFinding> Findings { get; set; } = [];

        /// <summary>Report.</summary>
        public string? Report { get; set; }
    }

    /// <summary>Mirror of the document's <c>isms</c> record.</summary>
    public sealed class BaselineIsms : BaselineDocument
    {
        /// <summary>Profile.</summary>
        public required BaselineOrganisationProfile Profile { get; set; }

        /// <summary>Context.</summary>
        public BaselineContext? Context { get; set; }

        /// <summary>Scope.</summary>
        public BaselineScope? Scope { get; set; }

        /// <summary>Policy.</summary>
        public BaselinePolicy? Policy { get; set; }

        /// <summary>Roles.</summary>
        public List<BaselineRole> Roles { get; set; } = [];

        /// <summary>People.</summary>
        public List<BaselinePerson> People { get; set; } = [];

        /// <summary>Assets.</summary>
        public List<BaselineAsset> Assets { get; set; } = [];

        /// <summary>RiskCriteria.</summary>
        public required BaselineRiskMethodology RiskCriteria { get; set; }

        /// <summary>Risks.</summary>
        public List<BaselineRiskScenario> Risks { get; set; } = [];

        /// <summary>AppliedControls.</summary>
        public List<BaselineAppliedControl> AppliedControls { get; set; } = [];

        /// <summary>StatementOfApplicability.</summary>
        public BaselineSoa? StatementOfApplicability { get; set; }

        /// <summary>TreatmentPlan.</summary>
        public BaselineTreatmentPlan? TreatmentPlan { get; set; }

        /// <summary>Objectives.</summary>
        public List<BaselineObjective> Objectives { get; set; } = [];

        /// <summary>CompetenceRecords.</summary>
        public List<BaselineCompetenceRecord> CompetenceRecords { get; set; } = [];

        /// <summary>AwarenessRecords.</summary>
        public List<BaselineAwarenessRecord> AwarenessRecords { get; set; } = [];

        /// <summary>Documents.</summary>
        public List<BaselineDocumentedInformation> Documents { get; set; } = [];

        /// <summary>Measurements.</summary>
        public List<BaselineMeasurement> Measurements { get; set; } = [];

        /// <summary>AuditProgramme.</summary>
        public BaselineAuditProgramme? AuditProgramme { get; set; }

        /// <summary>Audits.</summary>
        public List<BaselineInternalAudit> Audits { get; set; } = [];

        /// <summary>ManagementReviews.</summary>
        public List<BaselineManagementReview> ManagementReviews { get; set; } = [];

        /// <summary>Nonconformities.</summary>
        public List<BaselineNonconformity> Nonconformities { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>managementReview</c> record.</summary>
    public sealed class BaselineManagementReview
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>HeldOn.</summary>
        public required LocalDate HeldOn { get; set; }

        /// <summary>Chair.</summary>
        public required string Chair { get; set; }

        /// <summary>Attendees.</summary>
        public List<string> Attendees { get; set; } = [];

        /// <summary>Inputs.</summary>
        public List<BaselineReviewInput> Inputs { get; set; } = [];

        /// <summary>ImprovementDecisions.</summary>
        public List<string> ImprovementDecisions { get; set; } = [];

        /// <summary>ChangesToIsms.</summary>
        public List<string> ChangesToIsms { get; set; } = [];

        /// <summary>Minutes.</summary>
        public string? Minutes { get; set; }
    }

    /// <summary>Mirror of the document's <c>measurement</c> record.</summary>
    public sealed class BaselineMeasurement
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Metric.</summary>
        public required string Metric { get; set; }

        /// <summary>MeasuredOn.</summary>
        public required LocalDate MeasuredOn { get; set; }

        /// <summary>Value.</summary>
        public required decimal Value { get; set; }

        /// <summary>Unit.</summary>
        public string? Unit { get; set; }

        /// <summary>Target.</summary>
        public string? Target { get; set; }

        /// <summary>MeetsTarget.</summary>
        public bool? MeetsTarget { get; set; }

        /// <summary>MeasuredBy.</summary>
        public string? MeasuredBy { get; set; }

        /// <summary>Objective.</summary>
        public string? Objective { get; set; }

        /// <summary>Control.</summary>
        public string? Control { get; set; }
    }

    /// <summary>Mirror of the document's <c>nodeReduction</c> record.</summary>
    public sealed class BaselineNodeReduction
    {
        /// <summary>Node.</summary>
        public required string Node { get; set; }

        /// <summary>Fraction.</summary>
        public required BaselineDistribution Fraction { get; set; }
    }

    /// <summary>Mirror of the document's <c>nonconformity</c> record.</summary>
    public sealed class BaselineNonconformity
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Source.</summary>
        public required string Source { get; set; }

        /// <summary>Finding.</summary>
        public string? Finding { get; set; }

        /// <summary>Grade.</summary>
        public string? Grade { get; set; }

        /// <summary>RaisedOn.</summary>
        public required LocalDate RaisedOn { get; set; }

        /// <summary>Owner.</summary>
        public required string Owner { get; set; }

        /// <summary>Correction.</summary>
        public string? Correction { get; set; }

        /// <summary>RootCause.</summary>
        public string? RootCause { get; set; }

        /// <summary>CorrectiveActions.</summary>
        public List<BaselineCorrectiveAction> CorrectiveActions { get; set; } = [];

        /// <summary>Verification.</summary>
        public BaselineVerification? Verification { get; set; }

        /// <summary>ClosedOn.</summary>
        public LocalDate? ClosedOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>objective</c> record.</summary>
    public sealed class BaselineObjective
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Measure.</summary>
        public string? Measure { get; set; }

        /// <summary>Target.</summary>
        public string? Target { get; set; }

        /// <summary>Owner.</summary>
        public string? Owner { get; set; }

        /// <summary>Due.</summary>
        public LocalDate? Due { get; set; }

        /// <summary>EvaluationMethod.</summary>
        public string? EvaluationMethod { get; set; }

        /// <summary>Resources.</summary>
        public string? Resources { get; set; }

        /// <summary>Achieved.</summary>
        public bool Achieved { get; set; }
    }

    /// <summary>Mirror of the document's <c>organisationProfile</c> record.</summary>
    public sealed class BaselineOrganisationProfile
    {
        /// <summary>LegalName.</summary>
        public required string LegalName { get; set; }

        /// <summary>TradingName.</summary>
        public string? TradingName { get; set; }

        /// <summary>NatureOfActivities.</summary>
        public required string NatureOfActivities { get; set; }

        /// <summary>PersonsDoingWork.</summary>
        public required int PersonsDoingWork { get; set; }

        /// <summary>Sites.</summary>
        public List<BaselineSite> Sites { get; set; } = [];

        /// <summary>Contact.</summary>
        public required BaselineContact Contact { get; set; }

        /// <summary>Website.</summary>
        public string? Website { get; set; }
    }

    /// <summary>Mirror of the document's <c>person</c> record.</summary>
    public sealed class BaselinePerson
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>JobTitle.</summary>
        public string? JobTitle { get; set; }

        /// <summary>Email.</summary>
        public string? Email { get; set; }

        /// <summary>Roles.</summary>
        public List<string> Roles { get; set; } = [];

        /// <summary>IsTopManagement.</summary>
        public bool IsTopManagement { get; set; }

        /// <summary>IsExternal.</summary>
        public bool IsExternal { get; set; }

        /// <summary>LeftOn.</summary>
        public LocalDate? LeftOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>policy</c> record.</summary>
    public sealed class BaselinePolicy
    {
        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Version.</summary>
        public required string Version { get; set; }

        /// <summary>Document.</summary>
        public string? Document { get; set; }

        /// <summary>ApprovedBy.</summary>
        public string? ApprovedBy { get; set; }

        /// <summary>ApprovedOn.</summary>
        public LocalDate? ApprovedOn { get; set; }

        /// <summary>ProvidesObjectivesFramework.</summary>
        public bool ProvidesObjectivesFramework { get; set; }

        /// <summary>CommitsToRequirements.</summary>
        public bool CommitsToRequirements { get; set; }

        /// <summary>CommitsToContinualImprovement.</summary>
        public bool CommitsToContinualImprovement { get; set; }

        /// <summary>CommunicatedOn.</summary>
        public LocalDate? CommunicatedOn { get; set; }
    }

    /// <summary>Mirror of the document's <c>range</c> record.</summary>
    public sealed class BaselineRange
    {
        /// <summary>Low.</summary>
        public required double Low { get; set; }

        /// <summary>High.</summary>
        public required double High { get; set; }
    }

    /// <summary>Mirror of the document's <c>requirement</c> record.</summary>
    public sealed class BaselineRequirement
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Party.</summary>
        public required string Party { get; set; }

        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Kind.</summary>
        public required string Kind { get; set; }

        /// <summary>Reference.</summary>
        public string? Reference { get; set; }

        /// <summary>AddressedByIsms.</summary>
        public bool AddressedByIsms { get; set; }
    }

    /// <summary>Mirror of the document's <c>reviewInput</c> record.</summary>
    public sealed class BaselineReviewInput
    {
        /// <summary>Input.</summary>
        public required string Input { get; set; }

        /// <summary>Summary.</summary>
        public required string Summary { get; set; }
    }

    /// <summary>Mirror of the document's <c>riskLevelDefinition</c> record.</summary>
    public sealed class BaselineRiskLevelDefinition
    {
        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Abbreviation.</summary>
        public required string Abbreviation { get; set; }

        /// <summary>Colour.</summary>
        public required string Colour { get; set; }

        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Value.</summary>
        public double? Value { get; set; }

        /// <summary>Range.</summary>
        public BaselineRange? Range { get; set; }
    }

    /// <summary>Mirror of the document's <c>riskMethodology</c> record.</summary>
    public sealed class BaselineRiskMethodology : BaselineDocument
    {
        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Likelihood.</summary>
        public required BaselineRiskScale Likelihood { get; set; }

        /// <summary>Consequence.</summary>
        public required BaselineRiskScale Consequence { get; set; }

        /// <summary>Levels.</summary>
        public required List<BaselineRiskLevelDefinition> Levels { get; set; }

        /// <summary>Cells.</summary>
        public required List<List<int>> Cells { get; set; }

        /// <summary>AllowNonMonotone.</summary>
        public required bool AllowNonMonotone { get; set; }

        /// <summary>AcceptanceLevel.</summary>
        public required int AcceptanceLevel { get; set; }

        /// <summary>ConsequenceCriteria.</summary>
        public required List<string> ConsequenceCriteria { get; set; }

        /// <summary>Combination.</summary>
        public required string Combination { get; set; }
    }

    /// <summary>Mirror of the document's <c>riskScale</c> record.</summary>
    public sealed class BaselineRiskScale
    {
        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Levels.</summary>
        public required List<BaselineScaleLevel> Levels { get; set; }
    }

    /// <summary>Mirror of the document's <c>riskScenario</c> record.</summary>
    public sealed class BaselineRiskScenario
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Owner.</summary>
        public required string Owner { get; set; }

        /// <summary>Assets.</summary>
        public List<string> Assets { get; set; } = [];

        /// <summary>Threat.</summary>
        public required string Threat { get; set; }

        /// <summary>Vulnerability.</summary>
        public required string Vulnerability { get; set; }

        /// <summary>Inherent.</summary>
        public required BaselineAssessment Inherent { get; set; }

        /// <summary>Current.</summary>
        public BaselineAssessment? Current { get; set; }

        /// <summary>Residual.</summary>
        public BaselineAssessment? Residual { get; set; }

        /// <summary>Treatment.</summary>
        public required string Treatment { get; set; }

        /// <summary>PlannedControls.</summary>
        public List<string> PlannedControls { get; set; } = [];

        /// <summary>AppliedControls.</summary>
        public List<string> AppliedControls { get; set; } = [];

        /// <summary>Acceptance.</summary>
        public BaselineAcceptance? Acceptance { get; set; }

        /// <summary>IdentifiedOn.</summary>
        public required LocalDate IdentifiedOn { get; set; }

        /// <summary>QuantitativeModel.</summary>
        public BaselineFairScenario? QuantitativeModel { get; set; }
    }

    /// <summary>Mirror of the document's <c>role</c> record.</summary>
    public sealed class BaselineRole
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Responsibilities.</summary>
        public List<string> Responsibilities { get; set; } = [];

        /// <summary>Authorities.</summary>
        public List<string> Authorities { get; set; } = [];

        /// <summary>EnsuresConformity.</summary>
        public bool EnsuresConformity { get; set; }

        /// <summary>ReportsPerformance.</summary>
        public bool ReportsPerformance { get; set; }

        /// <summary>RequiresCompetenceEvidence.</summary>
        public bool RequiresCompetenceEvidence { get; set; }
    }

    /// <summary>Mirror of the document's <c>scaleLevel</c> record.</summary>
    public sealed class BaselineScaleLevel
    {
        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Abbreviation.</summary>
        public required string Abbreviation { get; set; }

        /// <summary>Value.</summary>
        public required double Value { get; set; }

        /// <summary>Description.</summary>
        public required string Description { get; set; }

        /// <summary>Colour.</summary>
        public required string Colour { get; set; }

        /// <summary>Range.</summary>
        public BaselineRange? Range { get; set; }
    }

    /// <summary>Mirror of the document's <c>scope</c> record.</summary>
    public sealed class BaselineScope
    {
        /// <summary>Statement.</summary>
        public required string Statement { get; set; }

        /// <summary>Boundaries.</summary>
        public List<string> Boundaries { get; set; } = [];

        /// <summary>Interfaces.</summary>
        public List<string> Interfaces { get; set; } = [];

        /// <summary>Dependencies.</summary>
        public List<string> Dependencies { get; set; } = [];

        /// <summary>Sites.</summary>
        public List<string> Sites { get; set; } = [];

        /// <summary>Exclusions.</summary>
        public List<string> Exclusions { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>site</c> record.</summary>
    public sealed class BaselineSite
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Name.</summary>
        public required string Name { get; set; }

        /// <summary>Address.</summary>
        public required string Address { get; set; }

        /// <summary>Processes.</summary>
        public List<string> Processes { get; set; } = [];

        /// <summary>Persons.</summary>
        public int? Persons { get; set; }

        /// <summary>IsCentralFunction.</summary>
        public bool IsCentralFunction { get; set; }
    }

    /// <summary>Mirror of the document's <c>soaDecision</c> record.</summary>
    public sealed class BaselineSoaDecision
    {
        /// <summary>Control.</summary>
        public required string Control { get; set; }

        /// <summary>Applicable.</summary>
        public required bool Applicable { get; set; }

        /// <summary>Reasons.</summary>
        public List<string> Reasons { get; set; } = [];

        /// <summary>Risks.</summary>
        public List<string> Risks { get; set; } = [];

        /// <summary>Requirements.</summary>
        public List<string> Requirements { get; set; } = [];

        /// <summary>ExclusionReason.</summary>
        public string? ExclusionReason { get; set; }

        /// <summary>ExclusionNarrative.</summary>
        public string? ExclusionNarrative { get; set; }

        /// <summary>Status.</summary>
        public required string Status { get; set; }

        /// <summary>AppliedControls.</summary>
        public List<string> AppliedControls { get; set; } = [];

        /// <summary>Evidence.</summary>
        public List<BaselineEvidence> Evidence { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>soa</c> record.</summary>
    public sealed class BaselineSoa
    {
        /// <summary>Catalog.</summary>
        public string? Catalog { get; set; }

        /// <summary>EmbeddedCatalog.</summary>
        public BaselineControlCatalog? EmbeddedCatalog { get; set; }

        /// <summary>Decisions.</summary>
        public required List<BaselineSoaDecision> Decisions { get; set; }

        /// <summary>Version.</summary>
        public BaselineSoaVersion? Version { get; set; }
    }

    /// <summary>Mirror of the document's <c>soaVersion</c> record.</summary>
    public sealed class BaselineSoaVersion
    {
        /// <summary>Version.</summary>
        public required string Version { get; set; }

        /// <summary>ApprovedBy.</summary>
        public required string ApprovedBy { get; set; }

        /// <summary>ApprovedOn.</summary>
        public required LocalDate ApprovedOn { get; set; }

        /// <summary>ChangeSummary.</summary>
        public string? ChangeSummary { get; set; }
    }

    /// <summary>Mirror of the document's <c>treatmentAction</c> record.</summary>
    public sealed class BaselineTreatmentAction
    {
        /// <summary>Id.</summary>
        public required string Id { get; set; }

        /// <summary>Title.</summary>
        public required string Title { get; set; }

        /// <summary>Owner.</summary>
        public string? Owner { get; set; }

        /// <summary>Due.</summary>
        public LocalDate? Due { get; set; }

        /// <summary>Status.</summary>
        public required string Status { get; set; }

        /// <summary>CompletedOn.</summary>
        public LocalDate? CompletedOn { get; set; }

        /// <summary>Resources.</summary>
        public string? Resources { get; set; }

        /// <summary>Risks.</summary>
        public List<string> Risks { get; set; } = [];

        /// <summary>Controls.</summary>
        public List<string> Controls { get; set; } = [];
    }

    /// <summary>Mirror of the document's <c>treatmentPlan</c> record.</summary>
    public sealed class BaselineTreatmentPlan
    {
        /// <summary>Actions.</summary>
        public List<BaselineTreatmentAction> Actions { get; set; } = [];

        /// <summary>ApprovedBy.</summary>
        public string? ApprovedBy { get; set; }

        /// <summary>ApprovedOn.</summary>
        public LocalDate? ApprovedOn { get; set; }

        /// <summary>Document.</summary>
        public string? Document { get; set; }
    }

    /// <summary>Mirror of the document's <c>verification</c> record.</summary>
    public sealed class BaselineVerification
    {
        /// <summary>VerifiedBy.</summary>
        public required string VerifiedBy { get; set; }

        /// <summary>VerifiedOn.</summary>
        public required LocalDate VerifiedOn { get; set; }

        /// <summary>Effective.</summary>
        public required bool Effective { get; set; }

        /// <summary>Method.</summary>
        public required string Method { get; set; }
    }
}
