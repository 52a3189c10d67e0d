namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Isms).</summary>
internal sealed record IsmsDto : DocumentDto
{
    public required OrganisationProfileDto Profile { get; init; }

    public ContextDto? Context { get; init; }

    public ScopeDto? Scope { get; init; }

    public PolicyDto? Policy { get; init; }

    public IReadOnlyList<RoleDto> Roles { get; init; } = [];

    public IReadOnlyList<PersonDto> People { get; init; } = [];

    public IReadOnlyList<AssetDto> Assets { get; init; } = [];

    public required RiskMethodologyDto RiskCriteria { get; init; }

    public IReadOnlyList<RiskScenarioDto> Risks { get; init; } = [];

    public IReadOnlyList<AppliedControlDto> AppliedControls { get; init; } = [];

    public SoaDto? StatementOfApplicability { get; init; }

    public TreatmentPlanDto? TreatmentPlan { get; init; }

    public IReadOnlyList<ObjectiveDto> Objectives { get; init; } = [];

    public IReadOnlyList<CompetenceRecordDto> CompetenceRecords { get; init; } = [];

    public IReadOnlyList<AwarenessRecordDto> AwarenessRecords { get; init; } = [];

    public IReadOnlyList<DocumentedInformationDto> Documents { get; init; } = [];

    public IReadOnlyList<MeasurementDto> Measurements { get; init; } = [];

    public AuditProgrammeDto? AuditProgramme { get; init; }

    public IReadOnlyList<InternalAuditDto> Audits { get; init; } = [];

    public IReadOnlyList<ManagementReviewDto> ManagementReviews { get; init; } = [];

    public IReadOnlyList<NonconformityDto> Nonconformities { get; init; } = [];
}
