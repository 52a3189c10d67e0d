namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Isms).</summary>
internal sealed record IsmsDto : DocumentDto
{
    public required OrganisationProfileDto Profile { get; init; }

    public ContextDto? Context { get; init; }

    public ScopeDto? Scope { get; init; }

    public PolicyDto? Policy { get; init; }

    public IReadOnlyList<RoleDto> Roles { get; set; } = [];

    public IReadOnlyList<PersonDto> People { get; set; } = [];

    public IReadOnlyList<AssetDto> Assets { get; set; } = [];

    public required RiskMethodologyDto RiskCriteria { get; init; }

    public IReadOnlyList<RiskScenarioDto> Risks { get; set; } = [];

    public IReadOnlyList<AppliedControlDto> AppliedControls { get; set; } = [];

    public SoaDto? StatementOfApplicability { get; init; }

    public TreatmentPlanDto? TreatmentPlan { get; init; }

    public IReadOnlyList<ObjectiveDto> Objectives { get; set; } = [];

    public IReadOnlyList<CompetenceRecordDto> CompetenceRecords { get; set; } = [];

    public IReadOnlyList<AwarenessRecordDto> AwarenessRecords { get; set; } = [];

    public IReadOnlyList<DocumentedInformationDto> Documents { get; set; } = [];

    public IReadOnlyList<MeasurementDto> Measurements { get; set; } = [];

    public AuditProgrammeDto? AuditProgramme { get; init; }

    public IReadOnlyList<InternalAuditDto> Audits { get; set; } = [];

    public IReadOnlyList<ManagementReviewDto> ManagementReviews { get; set; } = [];

    public IReadOnlyList<NonconformityDto> Nonconformities { get; set; } = [];

    public IReadOnlyList<EvidenceItemDto> Evidence { get; set; } = [];

    public IReadOnlyList<ControlTestDto> ControlTests { get; set; } = [];

    public IReadOnlyList<MonitoringActivityDto> MonitoringActivities { get; set; } = [];

    public IReadOnlyList<PlannedChangeDto> PlannedChanges { get; set; } = [];
}
