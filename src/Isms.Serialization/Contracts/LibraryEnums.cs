using System.Text.Json.Serialization;

namespace Isms.Serialization.Contracts;

/// <summary>Enums as their names, for every public enum of Isms.Core, Isms.Risk and Isms.Certification: one generic
/// converter each, so no code is generated at run time (trimming and ahead-of-time compilation keep working). A test
/// fails when a package gains an enum that is not listed here.</summary>
internal static class LibraryEnums
{
    public static JsonConverter[] Converters { get; } =
    [
        new JsonStringEnumConverter<Isms.Certification.Applications.AnnexATheme>(),
        new JsonStringEnumConverter<Isms.Certification.Applications.StandardEdition>(),
        new JsonStringEnumConverter<Isms.Certification.AuditTime.AuditTimeRowStatus>(),
        new JsonStringEnumConverter<Isms.Certification.AuditTime.AuditType>(),
        new JsonStringEnumConverter<Isms.Certification.AuditTime.ComplexityLevel>(),
        new JsonStringEnumConverter<Isms.Certification.Audits.AuditKind>(),
        new JsonStringEnumConverter<Isms.Certification.Audits.AuditRole>(),
        new JsonStringEnumConverter<Isms.Certification.Audits.CorrectionOutcome>(),
        new JsonStringEnumConverter<Isms.Certification.Audits.FindingStatus>(),
        new JsonStringEnumConverter<Isms.Certification.Audits.Stage1Outcome>(),
        new JsonStringEnumConverter<Isms.Certification.Deadlines.DeadlineKind>(),
        new JsonStringEnumConverter<Isms.Certification.Deadlines.DeadlineStatus>(),
        new JsonStringEnumConverter<Isms.Certification.Deadlines.RuleSource>(),
        new JsonStringEnumConverter<Isms.Certification.Lifecycle.CertificationState>(),
        new JsonStringEnumConverter<Isms.Certification.Lifecycle.CertificationTrigger>(),
        new JsonStringEnumConverter<Isms.Certification.Lifecycle.SurveillanceTiming>(),
        new JsonStringEnumConverter<Isms.Certification.Lifecycle.SuspensionReason>(),
        new JsonStringEnumConverter<Isms.Certification.Lifecycle.WithdrawalReason>(),
        new JsonStringEnumConverter<Isms.Core.Applicability.ExclusionReason>(),
        new JsonStringEnumConverter<Isms.Core.Applicability.ImplementationStatus>(),
        new JsonStringEnumConverter<Isms.Core.Applicability.InclusionReason>(),
        new JsonStringEnumConverter<Isms.Core.Assets.AssetType>(),
        new JsonStringEnumConverter<Isms.Core.Assets.SecurityLevel>(),
        new JsonStringEnumConverter<Isms.Core.Catalogs.Attributes.ControlTypes>(),
        new JsonStringEnumConverter<Isms.Core.Catalogs.Attributes.CybersecurityConcepts>(),
        new JsonStringEnumConverter<Isms.Core.Catalogs.Attributes.InformationSecurityProperties>(),
        new JsonStringEnumConverter<Isms.Core.Catalogs.Attributes.OperationalCapabilities>(),
        new JsonStringEnumConverter<Isms.Core.Catalogs.Attributes.SecurityDomains>(),
        new JsonStringEnumConverter<Isms.Core.Catalogs.Iso27001Theme>(),
        new JsonStringEnumConverter<Isms.Core.Context.InterestedPartyKind>(),
        new JsonStringEnumConverter<Isms.Core.Context.IssueKind>(),
        new JsonStringEnumConverter<Isms.Core.Context.IssueOrigin>(),
        new JsonStringEnumConverter<Isms.Core.Context.RequirementKind>(),
        new JsonStringEnumConverter<Isms.Core.Controls.ControlStatus>(),
        new JsonStringEnumConverter<Isms.Core.Improvement.NonconformitySource>(),
        new JsonStringEnumConverter<Isms.Core.Performance.AuditStatus>(),
        new JsonStringEnumConverter<Isms.Core.Performance.FindingGrade>(),
        new JsonStringEnumConverter<Isms.Core.Performance.ManagementReviewInput>(),
        new JsonStringEnumConverter<Isms.Core.Readiness.ReadinessSection>(),
        new JsonStringEnumConverter<Isms.Core.Readiness.ReadinessSeverity>(),
        new JsonStringEnumConverter<Isms.Core.Readiness.ReadinessStatus>(),
        new JsonStringEnumConverter<Isms.Core.RiskManagement.Criteria.ConsequenceCombination>(),
        new JsonStringEnumConverter<Isms.Core.RiskManagement.Quantitative.DistributionKind>(),
        new JsonStringEnumConverter<Isms.Core.RiskManagement.Quantitative.FairNode>(),
        new JsonStringEnumConverter<Isms.Core.RiskManagement.Quantitative.PertVariant>(),
        new JsonStringEnumConverter<Isms.Core.RiskManagement.TreatmentActionStatus>(),
        new JsonStringEnumConverter<Isms.Core.RiskManagement.TreatmentOption>(),
        new JsonStringEnumConverter<Isms.Core.Support.CompetenceEvidenceKind>(),
        new JsonStringEnumConverter<Isms.Core.Support.InformationClassification>(),
        new JsonStringEnumConverter<Isms.Core.Support.MandatoryDocument>(),
        new JsonStringEnumConverter<Isms.Risk.Quantitative.SimulationMode>(),
        new JsonStringEnumConverter<Isms.Risk.Scoring.AcceptanceState>(),
        new JsonStringEnumConverter<Isms.Risk.Scoring.RiskEvaluation>(),
        new JsonStringEnumConverter<Isms.Risk.Scoring.RiskScoreFlags>(),
        new JsonStringEnumConverter<Isms.Risk.Scoring.RiskStage>(),
        new JsonStringEnumConverter<Isms.Risk.Scoring.StageSource>(),
    ];
}
