using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Context;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Monitoring;
using Isms.Core.Organisation;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Core.Support;
using Isms.Serialization.Migration;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>
/// The <c>isms</c> kind: an <see cref="InformationSecurityManagementSystem"/> with every part Isms.Core models.
/// The risk criteria are embedded as a <c>risk-methodology</c> record; the SoA names its catalog by id when it is a
/// shipped Annex A catalog and embeds any other catalog. Cross-references are checked by the domain's own
/// <see cref="IsmsBuilder.Build"/>; its errors become <c>ISMS-DOC-030</c>/<c>ISMS-DOC-031</c> naming the entity's path.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class IsmsFormat : DocumentFormat<InformationSecurityManagementSystem, IsmsDto>
{
    public static IsmsFormat Instance { get; } = new();

    public override string Kind => DocumentKinds.Isms;

    public override int CurrentVersion => 2;

    /// <summary>1 -&gt; 2: the evidence, control test, monitoring and planned change registers (issue 17).</summary>
    public override IReadOnlyList<DocumentMigration> Migrations { get; } = [new IsmsV1ToV2()];

    /// <summary>The risk criteria (a <c>risk-methodology</c> record) and the SoA's custom catalog (a <c>control-catalog</c> record).</summary>
    public override IReadOnlyList<EmbeddedRecord> EmbeddedRecords { get; } =
    [
        new("$.riskCriteria", RiskMethodologyFormat.Instance),
        new("$.statementOfApplicability.embeddedCatalog", ControlCatalogFormat.Instance),
    ];

    protected override JsonTypeInfo<IsmsDto> TypeInfo(IsmsJsonContext context) => context.IsmsDto;

    protected override IsmsDto ToDto(InformationSecurityManagementSystem model) => new()
    {
        SchemaVersion = CurrentVersion,
        Kind = Kind,
        Profile = new OrganisationProfileDto
        {
            LegalName = model.Profile.LegalName,
            TradingName = model.Profile.TradingName,
            NatureOfActivities = model.Profile.NatureOfActivities,
            PersonsDoingWork = model.Profile.PersonsDoingWork,
            Sites = Lists.Map(model.Profile.Sites, s => new SiteDto { Id = s.Id.Value, Name = s.Name, Address = s.Address, Processes = [.. s.Processes], Persons = s.Persons, IsCentralFunction = s.IsCentralFunction }),
            Contact = new ContactDto { Name = model.Profile.Contact.Name, Function = model.Profile.Contact.Function, Email = model.Profile.Contact.Email, Phone = model.Profile.Contact.Phone },
            Website = model.Profile.Website?.OriginalString,
        },
        Context = new ContextDto
        {
            Issues = Lists.Map(model.Context.Issues, i => new ContextIssueDto { Id = i.Id.Value, Description = i.Description, Origin = i.Origin.ToString(), Kind = i.Kind.ToString(), Relevant = i.Relevant, Effect = i.Effect, IdentifiedOn = i.IdentifiedOn }),
            InterestedParties = Lists.Map(model.Context.InterestedParties, p => new InterestedPartyDto { Id = p.Id.Value, Name = p.Name, Kind = p.Kind.ToString(), Relevance = p.Relevance }),
            Requirements = Lists.Map(model.Context.Requirements, r => new RequirementDto { Id = r.Id.Value, Party = r.Party.Value, Description = r.Description, Kind = r.Kind.ToString(), Reference = r.Reference, AddressedByIsms = r.AddressedByIsms }),
        },
        Scope = model.Scope is not { } scope ? null : new ScopeDto
        {
            Statement = scope.Statement,
            Boundaries = [.. scope.Boundaries],
            Interfaces = [.. scope.Interfaces],
            Dependencies = [.. scope.Dependencies],
            Sites = Lists.Map(scope.Sites, s => s.Value),
            Exclusions = [.. scope.Exclusions],
        },
        Policy = model.Policy is not { } policy ? null : new PolicyDto
        {
            Title = policy.Title,
            Version = policy.Version,
            Document = policy.Document?.Value,
            ApprovedBy = policy.ApprovedBy?.Value,
            ApprovedOn = policy.ApprovedOn,
            ProvidesObjectivesFramework = policy.ProvidesObjectivesFramework,
            CommitsToRequirements = policy.CommitsToRequirements,
            CommitsToContinualImprovement = policy.CommitsToContinualImprovement,
            CommunicatedOn = policy.CommunicatedOn,
        },
        Roles = Lists.Map(model.Roles, r => new RoleDto { Id = r.Id.Value, Name = r.Name, Responsibilities = [.. r.Responsibilities], Authorities = [.. r.Authorities], EnsuresConformity = r.EnsuresConformity, ReportsPerformance = r.ReportsPerformance, RequiresCompetenceEvidence = r.RequiresCompetenceEvidence }),
        People = Lists.Map(model.People, p => new PersonDto { Id = p.Id.Value, Name = p.Name, JobTitle = p.JobTitle, Email = p.Email, Roles = Lists.Map(p.Roles, r => r.Value), IsTopManagement = p.IsTopManagement, IsExternal = p.IsExternal, LeftOn = p.LeftOn }),
        Assets = new MappedList<Asset, AssetDto>(model.Assets, a => new AssetDto
        {
            Id = a.Id.Value,
            Name = a.Name,
            Type = a.Type.ToString(),
            Owner = a.Owner.Value,
            Site = a.Site?.Value,
            Location = a.Location,
            Classification = new CiaDto { Confidentiality = a.Classification.Confidentiality.ToString(), Integrity = a.Classification.Integrity.ToString(), Availability = a.Classification.Availability.ToString() },
            DependsOn = Lists.Map(a.DependsOn, d => d.Value),
            Description = a.Description,
        }),
        RiskCriteria = RiskMethodologyFormat.Instance.ToRecord(model.RiskCriteria),
        Risks = new MappedList<RiskScenario, RiskScenarioDto>(model.Risks, ToDto),
        AppliedControls = Lists.Map(model.AppliedControls, c => new AppliedControlDto
        {
            Id = c.Id.Value,
            Name = c.Name,
            Description = c.Description,
            Owner = c.Owner.Value,
            Status = c.Status.ToString(),
            Effectiveness = c.Effectiveness?.Value,
            LikelihoodReduction = c.Effect.LikelihoodReduction,
            ConsequenceReduction = c.Effect.ConsequenceReduction,
            Evidence = Lists.Map(c.Evidence, ToDto),
            Implements = Lists.Map(c.Implements, i => i.Value),
        }),
        StatementOfApplicability = model.StatementOfApplicability is not { } soa ? null : new SoaDto
        {
            Catalog = IsShipped(soa.Catalog) ? soa.Catalog.Id : null,
            EmbeddedCatalog = IsShipped(soa.Catalog) ? null : ControlCatalogFormat.Instance.ToRecord(soa.Catalog),
            Decisions = Lists.Map(soa.Decisions, d => new SoaDecisionDto
            {
                Control = d.Control.Value,
                Applicable = d.Applicable,
                Reasons = Lists.Map(d.Reasons, r => r.ToString()),
                Risks = Lists.Map(d.Risks, r => r.Value),
                Requirements = Lists.Map(d.Requirements, r => r.Value),
                ExclusionReason = d.Exclusion?.Reason.ToString(),
                ExclusionNarrative = d.Exclusion?.Narrative,
                Status = d.Status.ToString(),
                AppliedControls = Lists.Map(d.AppliedControls, c => c.Value),
                Evidence = Lists.Map(d.Evidence, ToDto),
            }),
            Version = soa.Version is not { } v ? null : new SoaVersionDto { Version = v.Version, ApprovedBy = v.ApprovedBy.Value, ApprovedOn = v.ApprovedOn, ChangeSummary = v.ChangeSummary },
        },
        TreatmentPlan = new TreatmentPlanDto
        {
            Actions = Lists.Map(model.TreatmentPlan.Actions, a => new TreatmentActionDto { Id = a.Id.Value, Title = a.Title, Owner = a.Owner?.Value, Due = a.Due, Status = a.Status.ToString(), CompletedOn = a.CompletedOn, Resources = a.Resources, Risks = Lists.Map(a.Risks, r => r.Value), Controls = Lists.Map(a.Controls, c => c.Value) }),
            ApprovedBy = model.TreatmentPlan.ApprovedBy?.Value,
            ApprovedOn = model.TreatmentPlan.ApprovedOn,
            Document = model.TreatmentPlan.Document?.Value,
        },
        Objectives = Lists.Map(model.Objectives, o => new ObjectiveDto { Id = o.Id.Value, Title = o.Title, Measure = o.Measure, Target = o.Target, Owner = o.Owner?.Value, Due = o.Due, EvaluationMethod = o.EvaluationMethod, Resources = o.Resources, Achieved = o.Achieved }),
        CompetenceRecords = Lists.Map(model.CompetenceRecords, c => new CompetenceRecordDto { Id = c.Id.Value, Person = c.Person.Value, Role = c.Role?.Value, Competence = c.Competence, Kind = c.Kind.ToString(), Evidence = c.Evidence, AchievedOn = c.AchievedOn, ExpiresOn = c.ExpiresOn }),
        AwarenessRecords = Lists.Map(model.AwarenessRecords, a => new AwarenessRecordDto { Id = a.Id.Value, Person = a.Person.Value, Topic = a.Topic, CompletedOn = a.CompletedOn }),
        Documents = Lists.Map(model.Documents, d => new DocumentedInformationDto
        {
            Id = d.Id.Value,
            Title = d.Title,
            Version = d.Version,
            Owner = d.Owner.Value,
            ApprovedBy = d.ApprovedBy?.Value,
            ApprovedOn = d.ApprovedOn,
            NextReviewOn = d.NextReviewOn,
            Retention = d.Retention,
            Classification = d.Classification.ToString(),
            Location = d.Location,
            Fulfils = Lists.Map(d.Fulfils, f => f.ToString()),
        }),
        Measurements = Lists.Map(model.Measurements, m => new MeasurementDto { Id = m.Id.Value, Metric = m.Metric, MeasuredOn = m.MeasuredOn, Value = m.Value, Unit = m.Unit, Target = m.Target, MeetsTarget = m.MeetsTarget, MeasuredBy = m.MeasuredBy?.Value, Objective = m.Objective?.Value, Control = m.Control?.Value, Activity = m.Activity?.Value, EvaluatedBy = m.EvaluatedBy?.Value }),
        AuditProgramme = model.AuditProgramme is not { } ap ? null : new AuditProgrammeDto { Title = ap.Title, Owner = ap.Owner.Value, PeriodStart = ap.PeriodStart, PeriodEnd = ap.PeriodEnd, Approach = ap.Approach, Document = ap.Document?.Value, ApprovedBy = ap.ApprovedBy?.Value },
        Audits = Lists.Map(model.Audits, a => new InternalAuditDto
        {
            Id = a.Id.Value,
            Title = a.Title,
            Status = a.Status.ToString(),
            PlannedOn = a.PlannedOn,
            CompletedOn = a.CompletedOn,
            LeadAuditor = a.LeadAuditor.Value,
            Auditors = Lists.Map(a.Auditors, p => p.Value),
            Auditees = Lists.Map(a.Auditees, p => p.Value),
            Clauses = [.. a.Clauses],
            Controls = Lists.Map(a.Controls, c => c.Value),
            Sites = Lists.Map(a.Sites, s => s.Value),
            CoversWholeScope = a.CoversWholeScope,
            Findings = Lists.Map(a.Findings, f => new AuditFindingDto { Id = f.Id.Value, Grade = f.Grade.ToString(), Description = f.Description, Clause = f.Clause, Control = f.Control?.Value, Nonconformity = f.Nonconformity?.Value }),
            Report = a.Report?.Value,
        }),
        ManagementReviews = Lists.Map(model.ManagementReviews, r => new ManagementReviewDto
        {
            Id = r.Id.Value,
            HeldOn = r.HeldOn,
            Chair = r.Chair.Value,
            Attendees = Lists.Map(r.Attendees, p => p.Value),
            Inputs = [.. r.Inputs.OrderBy(i => i.Key).Select(i => new ReviewInputDto { Input = i.Key.ToString(), Summary = i.Value })],
            ImprovementDecisions = [.. r.ImprovementDecisions],
            ChangesToIsms = [.. r.ChangesToIsms],
            Minutes = r.Minutes?.Value,
        }),
        Nonconformities = Lists.Map(model.Nonconformities, n => new NonconformityDto
        {
            Id = n.Id.Value,
            Description = n.Description,
            Source = n.Source.ToString(),
            Finding = n.Finding?.Value,
            Grade = n.Grade?.ToString(),
            RaisedOn = n.RaisedOn,
            Owner = n.Owner.Value,
            Correction = n.Correction,
            RootCause = n.RootCause,
            CorrectiveActions = Lists.Map(n.CorrectiveActions, c => new CorrectiveActionDto { Id = c.Id.Value, Description = c.Description, Owner = c.Owner.Value, Due = c.Due, CompletedOn = c.CompletedOn }),
            Verification = n.Verification is not { } ver ? null : new VerificationDto { VerifiedBy = ver.VerifiedBy.Value, VerifiedOn = ver.VerifiedOn, Effective = ver.Effective, Method = ver.Method },
            ClosedOn = n.ClosedOn,
        }),
        Evidence = Lists.Map(model.Evidence, e => new EvidenceItemDto
        {
            Id = e.Id.Value,
            Title = e.Title,
            Description = e.Description,
            Artefact = new ArtefactDto { Location = e.Artefact.Location.OriginalString, Sha256 = e.Artefact.Sha256, MediaType = e.Artefact.MediaType },
            CollectedAt = e.CollectedAt,
            Period = new EvidencePeriodDto { Start = e.Period.Start, End = e.Period.End },
            ValidUntil = e.ValidUntil,
            CollectedBy = new EvidenceCollectorDto { Person = e.CollectedBy.Person?.Value, Tool = e.CollectedBy.Tool, ToolVersion = e.CollectedBy.ToolVersion },
            Controls = Lists.Map(e.Controls, c => c.Value),
            AppliedControls = Lists.Map(e.AppliedControls, c => c.Value),
            Requirements = Lists.Map(e.Requirements, r => r.Value),
            Objectives = Lists.Map(e.Objectives, o => o.Value),
            Acceptance = e.Acceptance is not { } a ? null : new EvidenceAcceptanceDto { AcceptedBy = a.AcceptedBy.Value, AcceptedOn = a.AcceptedOn, Comment = a.Comment },
        }),
        ControlTests = Lists.Map(model.ControlTests, t => new ControlTestDto
        {
            Id = t.Id.Value,
            Title = t.Title,
            Procedure = t.Procedure,
            Schedule = ToDto(t.Schedule),
            SampleSize = t.SampleSize,
            Owner = t.Owner?.Value,
            Controls = Lists.Map(t.Controls, c => c.Value),
            AppliedControls = Lists.Map(t.AppliedControls, c => c.Value),
            Results = Lists.Map(t.Results, r => new ControlTestResultDto { TestedOn = r.TestedOn, Tester = r.Tester.Value, Outcome = r.Outcome.ToString(), SampleTested = r.SampleTested, Findings = [.. r.Findings], Evidence = Lists.Map(r.Evidence, e => e.Value) }),
        }),
        MonitoringActivities = Lists.Map(model.MonitoringActivities, m => new MonitoringActivityDto
        {
            Id = m.Id.Value,
            Subject = m.Subject,
            Method = m.Method,
            Schedule = ToDto(m.Schedule),
            MeasuredBy = m.MeasuredBy?.Value,
            EvaluatedBy = m.EvaluatedBy?.Value,
            Objectives = Lists.Map(m.Objectives, o => o.Value),
            AppliedControls = Lists.Map(m.AppliedControls, c => c.Value),
        }),
        PlannedChanges = Lists.Map(model.PlannedChanges, c => new PlannedChangeDto
        {
            Id = c.Id.Value,
            Title = c.Title,
            Purpose = c.Purpose,
            Consequences = c.Consequences,
            Resources = c.Resources,
            Responsible = c.Responsible?.Value,
            Status = c.Status.ToString(),
            PlannedFor = c.PlannedFor,
            ApprovedBy = c.ApprovedBy?.Value,
            ApprovedOn = c.ApprovedOn,
            CompletedOn = c.CompletedOn,
        }),
    };

    protected override InformationSecurityManagementSystem FromDto(IsmsDto dto) => FromDto(dto, null, null);

    /// <summary>
    /// The model from a persistence record whose asset inventory and risk register, when given, were already read
    /// into the domain (<see cref="IsmsRegisterCapture"/>; the record's own lists are then empty).
    /// </summary>
    internal InformationSecurityManagementSystem FromDto(IsmsDto dto, Register<AssetId, Asset>? assets, RiskRegister? risks)
    {
        var builder = new IsmsBuilder
        {
            Profile = Entity("$.profile", () => new OrganisationProfile
            {
                LegalName = dto.Profile.LegalName,
                TradingName = dto.Profile.TradingName,
                NatureOfActivities = dto.Profile.NatureOfActivities,
                PersonsDoingWork = dto.Profile.PersonsDoingWork,
                Sites = Reg<SiteId, Site, SiteDto>(dto.Profile.Sites, "$.profile.sites", s => new Site { Id = new SiteId(s.Id), Name = s.Name, Address = s.Address, Processes = [.. s.Processes], Persons = s.Persons, IsCentralFunction = s.IsCentralFunction }),
                Contact = Entity("$.profile.contact", () => new ContactDetails { Name = dto.Profile.Contact.Name, Function = dto.Profile.Contact.Function, Email = dto.Profile.Contact.Email, Phone = dto.Profile.Contact.Phone }),
                Website = dto.Profile.Website is null ? null : Uri.TryCreate(dto.Profile.Website, UriKind.Absolute, out var uri) ? uri
                    : throw new MappingException(DocumentErrorCodes.InvalidValue, "$.profile.website", $"'{dto.Profile.Website}' is not an absolute URI", "an absolute URI such as https://example.com"),
            }),
            RiskCriteria = Embedded("$.riskCriteria", () => RiskMethodologyFormat.Instance.FromRecord(dto.RiskCriteria)),
        };

        if (dto.Context is { } context)
        {
            builder.Context = Entity("$.context", () => new OrganisationalContext
            {
                Issues = Reg<IssueId, ContextIssue, ContextIssueDto>(context.Issues, "$.context.issues", (i, p) => new ContextIssue { Id = new IssueId(i.Id), Description = i.Description, Origin = Enum<IssueOrigin>(i.Origin, p, ".origin"), Kind = Enum<IssueKind>(i.Kind, p, ".kind"), Relevant = i.Relevant, Effect = i.Effect, IdentifiedOn = i.IdentifiedOn }),
                InterestedParties = Reg<InterestedPartyId, InterestedParty, InterestedPartyDto>(context.InterestedParties, "$.context.interestedParties", (i, p) => new InterestedParty { Id = new InterestedPartyId(i.Id), Name = i.Name, Kind = Enum<InterestedPartyKind>(i.Kind, p, ".kind"), Relevance = i.Relevance }),
                Requirements = Reg<RequirementId, Requirement, RequirementDto>(context.Requirements, "$.context.requirements", (r, p) => new Requirement { Id = new RequirementId(r.Id), Party = new InterestedPartyId(r.Party), Description = r.Description, Kind = Enum<RequirementKind>(r.Kind, p, ".kind"), Reference = r.Reference, AddressedByIsms = r.AddressedByIsms }),
            });
        }

        if (dto.Scope is { } scope)
        {
            builder.Scope = Entity("$.scope", () => new IsmsScope { Statement = scope.Statement, Boundaries = [.. scope.Boundaries], Interfaces = [.. scope.Interfaces], Dependencies = [.. scope.Dependencies], Sites = Lists.ToImmutable(scope.Sites, s => new SiteId(s)), Exclusions = [.. scope.Exclusions] });
        }

        if (dto.Policy is { } policy)
        {
            builder.Policy = Entity("$.policy", () => new InformationSecurityPolicy
            {
                Title = policy.Title,
                Version = policy.Version,
                Document = Id(policy.Document, s => new DocumentId(s)),
                ApprovedBy = Id(policy.ApprovedBy, s => new PersonId(s)),
                ApprovedOn = policy.ApprovedOn,
                ProvidesObjectivesFramework = policy.ProvidesObjectivesFramework,
                CommitsToRequirements = policy.CommitsToRequirements,
                CommitsToContinualImprovement = policy.CommitsToContinualImprovement,
                CommunicatedOn = policy.CommunicatedOn,
            });
        }

        builder.Roles = Reg<RoleId, Role, RoleDto>(dto.Roles, "$.roles", r => new Role { Id = new RoleId(r.Id), Name = r.Name, Responsibilities = [.. r.Responsibilities], Authorities = [.. r.Authorities], EnsuresConformity = r.EnsuresConformity, ReportsPerformance = r.ReportsPerformance, RequiresCompetenceEvidence = r.RequiresCompetenceEvidence });
        builder.People = Reg<PersonId, Person, PersonDto>(dto.People, "$.people", p => new Person { Id = new PersonId(p.Id), Name = p.Name, JobTitle = p.JobTitle, Email = p.Email, Roles = Lists.ToImmutable(p.Roles, r => new RoleId(r)), IsTopManagement = p.IsTopManagement, IsExternal = p.IsExternal, LeftOn = p.LeftOn });
        builder.Assets = assets ?? Reg<AssetId, Asset, AssetDto>(dto.Assets, "$.assets", (a, p) => new Asset
        {
            Id = new AssetId(a.Id),
            Name = a.Name,
            Type = Enum<AssetType>(a.Type, p, ".type"),
            Owner = new PersonId(a.Owner),
            Site = Id(a.Site, s => new SiteId(s)),
            Location = a.Location,
            Classification = new CiaClassification(
                Enum<SecurityLevel>(a.Classification.Confidentiality, p, ".classification.confidentiality"),
                Enum<SecurityLevel>(a.Classification.Integrity, p, ".classification.integrity"),
                Enum<SecurityLevel>(a.Classification.Availability, p, ".classification.availability")),
            DependsOn = Lists.ToImmutable(a.DependsOn, d => new AssetId(d)),
            Description = a.Description,
        });
        builder.Risks = risks ?? RiskRegister.From(Reg<RiskId, RiskScenario, RiskScenarioDto>(dto.Risks, "$.risks", FromDto));
        builder.AppliedControls = Reg<AppliedControlId, AppliedControl, AppliedControlDto>(dto.AppliedControls, "$.appliedControls", (c, p) => new AppliedControl
        {
            Id = new AppliedControlId(c.Id),
            Name = c.Name,
            Description = c.Description,
            Owner = new PersonId(c.Owner),
            Status = Enum<ControlStatus>(c.Status, p, ".status"),
            Effectiveness = c.Effectiveness is { } e ? new Percentage(e) : null,
            Effect = new ControlEffect(c.LikelihoodReduction, c.ConsequenceReduction),
            Evidence = Lists.ToImmutable(c.Evidence, (e, i) => FromDto(e, Mapping.Item(p + ".evidence", i))),
            Implements = Lists.ToImmutable(c.Implements, i => new ControlId(i)),
        });
        if (dto.StatementOfApplicability is { } soa)
        {
            builder.StatementOfApplicability = FromDto(soa);
        }

        if (dto.TreatmentPlan is { } plan)
        {
            builder.TreatmentPlan = Entity("$.treatmentPlan", () => new RiskTreatmentPlan
            {
                Actions = Reg<TreatmentActionId, TreatmentAction, TreatmentActionDto>(plan.Actions, "$.treatmentPlan.actions", (a, p) => new TreatmentAction { Id = new TreatmentActionId(a.Id), Title = a.Title, Owner = Id(a.Owner, s => new PersonId(s)), Due = a.Due, Status = Enum<TreatmentActionStatus>(a.Status, p, ".status"), CompletedOn = a.CompletedOn, Resources = a.Resources, Risks = Lists.ToImmutable(a.Risks, r => new RiskId(r)), Controls = Lists.ToImmutable(a.Controls, c => new AppliedControlId(c)) }),
                ApprovedBy = Id(plan.ApprovedBy, s => new PersonId(s)),
                ApprovedOn = plan.ApprovedOn,
                Document = Id(plan.Document, s => new DocumentId(s)),
            });
        }

        builder.Objectives = Reg<ObjectiveId, InformationSecurityObjective, ObjectiveDto>(dto.Objectives, "$.objectives", o => new InformationSecurityObjective { Id = new ObjectiveId(o.Id), Title = o.Title, Measure = o.Measure, Target = o.Target, Owner = Id(o.Owner, s => new PersonId(s)), Due = o.Due, EvaluationMethod = o.EvaluationMethod, Resources = o.Resources, Achieved = o.Achieved });
        builder.CompetenceRecords = Reg<CompetenceRecordId, CompetenceRecord, CompetenceRecordDto>(dto.CompetenceRecords, "$.competenceRecords", (c, p) => new CompetenceRecord { Id = new CompetenceRecordId(c.Id), Person = new PersonId(c.Person), Role = Id(c.Role, s => new RoleId(s)), Competence = c.Competence, Kind = Enum<CompetenceEvidenceKind>(c.Kind, p, ".kind"), Evidence = c.Evidence, AchievedOn = c.AchievedOn, ExpiresOn = c.ExpiresOn });
        builder.AwarenessRecords = Reg<AwarenessRecordId, AwarenessRecord, AwarenessRecordDto>(dto.AwarenessRecords, "$.awarenessRecords", a => new AwarenessRecord { Id = new AwarenessRecordId(a.Id), Person = new PersonId(a.Person), Topic = a.Topic, CompletedOn = a.CompletedOn });
        builder.Documents = Reg<DocumentId, DocumentedInformation, DocumentedInformationDto>(dto.Documents, "$.documents", (d, p) => new DocumentedInformation
        {
            Id = new DocumentId(d.Id),
            Title = d.Title,
            Version = d.Version,
            Owner = new PersonId(d.Owner),
            ApprovedBy = Id(d.ApprovedBy, s => new PersonId(s)),
            ApprovedOn = d.ApprovedOn,
            NextReviewOn = d.NextReviewOn,
            Retention = d.Retention,
            Classification = Enum<InformationClassification>(d.Classification, p, ".classification"),
            Location = d.Location,
            Fulfils = Lists.ToImmutable(d.Fulfils, (f, i) => Enum<MandatoryDocument>(f, Mapping.Item(p + ".fulfils", i))),
        });
        builder.Measurements = Reg<MeasurementId, MeasurementResult, MeasurementDto>(dto.Measurements, "$.measurements", m => new MeasurementResult { Id = new MeasurementId(m.Id), Metric = m.Metric, MeasuredOn = m.MeasuredOn, Value = m.Value, Unit = m.Unit, Target = m.Target, MeetsTarget = m.MeetsTarget, MeasuredBy = Id(m.MeasuredBy, s => new PersonId(s)), Objective = Id(m.Objective, s => new ObjectiveId(s)), Control = Id(m.Control, s => new AppliedControlId(s)), Activity = Id(m.Activity, s => new MonitoringActivityId(s)), EvaluatedBy = Id(m.EvaluatedBy, s => new PersonId(s)) });
        if (dto.AuditProgramme is { } ap)
        {
            builder.AuditProgramme = Entity("$.auditProgramme", () => new AuditProgramme { Title = ap.Title, Owner = new PersonId(ap.Owner), PeriodStart = ap.PeriodStart, PeriodEnd = ap.PeriodEnd, Approach = ap.Approach, Document = Id(ap.Document, s => new DocumentId(s)), ApprovedBy = Id(ap.ApprovedBy, s => new PersonId(s)) });
        }

        builder.Audits = Reg<AuditId, InternalAudit, InternalAuditDto>(dto.Audits, "$.audits", (a, p) => new InternalAudit
        {
            Id = new AuditId(a.Id),
            Title = a.Title,
            Status = Enum<AuditStatus>(a.Status, p, ".status"),
            PlannedOn = a.PlannedOn,
            CompletedOn = a.CompletedOn,
            LeadAuditor = new PersonId(a.LeadAuditor),
            Auditors = Lists.ToImmutable(a.Auditors, s => new PersonId(s)),
            Auditees = Lists.ToImmutable(a.Auditees, s => new PersonId(s)),
            Clauses = [.. a.Clauses],
            Controls = Lists.ToImmutable(a.Controls, s => new ControlId(s)),
            Sites = Lists.ToImmutable(a.Sites, s => new SiteId(s)),
            CoversWholeScope = a.CoversWholeScope,
            Findings = Lists.ToImmutable(a.Findings, (f, i) => Entity(Mapping.Item(p + ".findings", i), () => new AuditFinding { Id = new FindingId(f.Id), Grade = Enum<FindingGrade>(f.Grade, Mapping.Item(p + ".findings", i) + ".grade"), Description = f.Description, Clause = f.Clause, Control = Id(f.Control, s => new ControlId(s)), Nonconformity = Id(f.Nonconformity, s => new NonconformityId(s)) })),
            Report = Id(a.Report, s => new DocumentId(s)),
        });
        builder.ManagementReviews = Reg<ManagementReviewId, ManagementReview, ManagementReviewDto>(dto.ManagementReviews, "$.managementReviews", (r, p) => new ManagementReview
        {
            Id = new ManagementReviewId(r.Id),
            HeldOn = r.HeldOn,
            Chair = new PersonId(r.Chair),
            Attendees = Lists.ToImmutable(r.Attendees, s => new PersonId(s)),
            Inputs = Inputs(r.Inputs, p + ".inputs"),
            ImprovementDecisions = [.. r.ImprovementDecisions],
            ChangesToIsms = [.. r.ChangesToIsms],
            Minutes = Id(r.Minutes, s => new DocumentId(s)),
        });
        builder.Nonconformities = Reg<NonconformityId, Nonconformity, NonconformityDto>(dto.Nonconformities, "$.nonconformities", (n, p) => new Nonconformity
        {
            Id = new NonconformityId(n.Id),
            Description = n.Description,
            Source = Enum<NonconformitySource>(n.Source, p, ".source"),
            Finding = Id(n.Finding, s => new FindingId(s)),
            Grade = n.Grade is null ? null : Enum<FindingGrade>(n.Grade, p, ".grade"),
            RaisedOn = n.RaisedOn,
            Owner = new PersonId(n.Owner),
            Correction = n.Correction,
            RootCause = n.RootCause,
            CorrectiveActions = Lists.ToImmutable(n.CorrectiveActions, (c, i) => Entity(Mapping.Item(p + ".correctiveActions", i), () => new CorrectiveAction { Id = new CorrectiveActionId(c.Id), Description = c.Description, Owner = new PersonId(c.Owner), Due = c.Due, CompletedOn = c.CompletedOn })),
            Verification = n.Verification is not { } v ? null : Entity(p + ".verification", () => new EffectivenessVerification { VerifiedBy = new PersonId(v.VerifiedBy), VerifiedOn = v.VerifiedOn, Effective = v.Effective, Method = v.Method }),
            ClosedOn = n.ClosedOn,
        });
        builder.Evidence = Reg<EvidenceItemId, EvidenceItem, EvidenceItemDto>(dto.Evidence, "$.evidence", (e, p) => new EvidenceItem
        {
            Id = new EvidenceItemId(e.Id),
            Title = e.Title,
            Description = e.Description,
            Artefact = Entity(p + ".artefact", () => new ArtefactReference { Location = AbsoluteUri(e.Artefact.Location, p + ".artefact.location"), Sha256 = e.Artefact.Sha256, MediaType = e.Artefact.MediaType }),
            CollectedAt = e.CollectedAt,
            Period = Entity(p + ".period", () => new EvidencePeriod(e.Period.Start, e.Period.End)),
            ValidUntil = e.ValidUntil,
            CollectedBy = Collector(e.CollectedBy, p + ".collectedBy"),
            Controls = Lists.ToImmutable(e.Controls, c => new ControlId(c)),
            AppliedControls = Lists.ToImmutable(e.AppliedControls, c => new AppliedControlId(c)),
            Requirements = Lists.ToImmutable(e.Requirements, r => new RequirementId(r)),
            Objectives = Lists.ToImmutable(e.Objectives, o => new ObjectiveId(o)),
            Acceptance = e.Acceptance is not { } a ? null : Entity(p + ".acceptance", () => new EvidenceAcceptance { AcceptedBy = new PersonId(a.AcceptedBy), AcceptedOn = a.AcceptedOn, Comment = a.Comment }),
        });
        builder.ControlTests = Reg<ControlTestId, ControlTest, ControlTestDto>(dto.ControlTests, "$.controlTests", (t, p) => new ControlTest
        {
            Id = new ControlTestId(t.Id),
            Title = t.Title,
            Procedure = t.Procedure,
            Schedule = FromDto(t.Schedule, p + ".schedule"),
            SampleSize = t.SampleSize,
            Owner = Id(t.Owner, s => new PersonId(s)),
            Controls = Lists.ToImmutable(t.Controls, c => new ControlId(c)),
            AppliedControls = Lists.ToImmutable(t.AppliedControls, c => new AppliedControlId(c)),
            Results = Lists.ToImmutable(t.Results, (r, i) => Entity(Mapping.Item(p + ".results", i), () => new ControlTestResult
            {
                TestedOn = r.TestedOn,
                Tester = new PersonId(r.Tester),
                Outcome = Enum<ControlTestOutcome>(r.Outcome, Mapping.Item(p + ".results", i) + ".outcome"),
                SampleTested = r.SampleTested,
                Findings = [.. r.Findings],
                Evidence = Lists.ToImmutable(r.Evidence, s => new EvidenceItemId(s)),
            })),
        });
        builder.MonitoringActivities = Reg<MonitoringActivityId, MonitoringActivity, MonitoringActivityDto>(dto.MonitoringActivities, "$.monitoringActivities", (m, p) => new MonitoringActivity
        {
            Id = new MonitoringActivityId(m.Id),
            Subject = m.Subject,
            Method = m.Method,
            Schedule = FromDto(m.Schedule, p + ".schedule"),
            MeasuredBy = Id(m.MeasuredBy, s => new PersonId(s)),
            EvaluatedBy = Id(m.EvaluatedBy, s => new PersonId(s)),
            Objectives = Lists.ToImmutable(m.Objectives, s => new ObjectiveId(s)),
            AppliedControls = Lists.ToImmutable(m.AppliedControls, s => new AppliedControlId(s)),
        });
        builder.PlannedChanges = Reg<PlannedChangeId, PlannedChange, PlannedChangeDto>(dto.PlannedChanges, "$.plannedChanges", (c, p) => new PlannedChange
        {
            Id = new PlannedChangeId(c.Id),
            Title = c.Title,
            Purpose = c.Purpose,
            Consequences = c.Consequences,
            Resources = c.Resources,
            Responsible = Id(c.Responsible, s => new PersonId(s)),
            Status = Enum<PlannedChangeStatus>(c.Status, p, ".status"),
            PlannedFor = c.PlannedFor,
            ApprovedBy = Id(c.ApprovedBy, s => new PersonId(s)),
            ApprovedOn = c.ApprovedOn,
            CompletedOn = c.CompletedOn,
        });

        try
        {
            return builder.Build();
        }
        catch (IsmsException ex)
        {
            throw FromBuild(ex, dto);
        }
    }

    private static bool IsShipped(ControlCatalog catalog) =>
        (catalog.Id == AnnexA.Iso27001_2022_Id && catalog.Equals(AnnexA.Iso27001_2022)) || (catalog.Id == AnnexA.Iso27001_2013_Id && catalog.Equals(AnnexA.Iso27001_2013));

    private static RiskScenarioDto ToDto(RiskScenario r) => new()
    {
        Id = r.Id.Value,
        Title = r.Title,
        Owner = r.Owner.Value,
        Assets = Lists.Map(r.Assets, a => a.Value),
        Threat = r.Threat,
        Vulnerability = r.Vulnerability,
        Inherent = ToDto(r.Inherent),
        Current = r.Current is { } c ? ToDto(c) : null,
        Residual = r.Residual is { } res ? ToDto(res) : null,
        Treatment = r.Treatment.ToString(),
        PlannedControls = Lists.Map(r.PlannedControls, c => c.Value),
        AppliedControls = Lists.Map(r.AppliedControls, c => c.Value),
        Acceptance = r.Acceptance is not { } a ? null : new AcceptanceDto { AcceptedBy = a.AcceptedBy.Value, AcceptedOn = a.AcceptedOn, Rationale = a.Rationale, ExpiresOn = a.ExpiresOn, AcceptedAssessment = ToDto(a.AcceptedAssessment) },
        IdentifiedOn = r.IdentifiedOn,
        QuantitativeModel = r.QuantitativeModel is { } q ? FairMapping.ToDto(q) : null,
    };

    private static RiskScenario FromDto(RiskScenarioDto r, ItemPath path) => new()
    {
        Id = new RiskId(r.Id),
        Title = r.Title,
        Owner = new PersonId(r.Owner),
        Assets = Lists.ToImmutable(r.Assets, a => new AssetId(a)),
        Threat = r.Threat,
        Vulnerability = r.Vulnerability,
        Inherent = FromDto(r.Inherent),
        Current = r.Current is { } c ? FromDto(c) : null,
        Residual = r.Residual is { } res ? FromDto(res) : null,
        Treatment = Enum<TreatmentOption>(r.Treatment, path, ".treatment"),
        PlannedControls = Lists.ToImmutable(r.PlannedControls, c => new AppliedControlId(c)),
        AppliedControls = Lists.ToImmutable(r.AppliedControls, c => new AppliedControlId(c)),
        Acceptance = r.Acceptance is not { } a ? null : Entity(path + ".acceptance", () => new RiskAcceptance { AcceptedBy = new PersonId(a.AcceptedBy), AcceptedOn = a.AcceptedOn, Rationale = a.Rationale, ExpiresOn = a.ExpiresOn, AcceptedAssessment = FromDto(a.AcceptedAssessment) }),
        IdentifiedOn = r.IdentifiedOn,
        QuantitativeModel = r.QuantitativeModel is { } q ? FairMapping.FromDto(q, path + ".quantitativeModel") : null,
    };

    private static AssessmentDto ToDto(RiskAssessment a) => new()
    {
        Likelihood = a.Likelihood.Value,
        Consequence = a.Consequence.Value,
        AssessedOn = a.AssessedOn,
        ByCriterion = Lists.Map(a.ByCriterion, c => new CriterionConsequenceDto { Criterion = c.Criterion.Name, Level = c.Level.Value }),
    };

    private static RiskAssessment FromDto(AssessmentDto a) =>
        new(new LikelihoodLevel(a.Likelihood), new ConsequenceLevel(a.Consequence), a.AssessedOn)
        {
            ByCriterion = Lists.ToImmutable(a.ByCriterion, c => new CriterionConsequence(new ConsequenceCriterion(c.Criterion), new ConsequenceLevel(c.Level))),
        };

    private static ScheduleDto ToDto(RecurrenceSchedule s) => new() { Rule = s.Rule, Start = s.Start, TimeZone = s.TimeZone, GraceDays = s.GraceDays };

    private static RecurrenceSchedule FromDto(ScheduleDto s, string path) =>
        Entity(path, () => new RecurrenceSchedule { Rule = s.Rule, Start = s.Start, TimeZone = s.TimeZone, GraceDays = s.GraceDays });

    /// <summary>A person, or a tool with its version: never both, never neither (the schema says the same).</summary>
    private static EvidenceCollector Collector(EvidenceCollectorDto c, string path) => (c.Person, c.Tool, c.ToolVersion) switch
    {
        ({ } person, null, null) => Entity(path, () => EvidenceCollector.ByPerson(new PersonId(person))),
        (null, { } tool, { } version) => Entity(path, () => EvidenceCollector.Automated(tool, version)),
        (null, null, null) => throw new MappingException(DocumentErrorCodes.MissingMember, path, "the evidence names no collector", "person, or tool and toolVersion"),
        (null, _, _) => throw new MappingException(DocumentErrorCodes.MissingMember, path, "an automated collector needs both its name and its version", "tool and toolVersion together"),
        _ => throw new MappingException(DocumentErrorCodes.InvalidValue, path, "the evidence names both a person and a tool as its collector", "exactly one of person, or tool and toolVersion"),
    };

    private static Uri AbsoluteUri(string text, string path) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri
            : throw new MappingException(DocumentErrorCodes.InvalidValue, path, $"'{Reading.DocumentScanner.Truncate(text)}' is not an absolute URI", "an absolute URI such as https://evidence.example.com/q1.pdf");

    private static EvidenceDto ToDto(EvidenceReference e) => new() { Description = e.Description, Location = e.Location, Document = e.Document?.Value, CollectedOn = e.CollectedOn };

    private static EvidenceReference FromDto(EvidenceDto e, string path) =>
        Entity(path, () => new EvidenceReference { Description = e.Description, Location = e.Location, Document = Id(e.Document, s => new DocumentId(s)), CollectedOn = e.CollectedOn });

    private static StatementOfApplicability FromDto(SoaDto soa)
    {
        const string path = "$.statementOfApplicability";
        ControlCatalog catalog = (soa.Catalog, soa.EmbeddedCatalog) switch
        {
            (AnnexA.Iso27001_2022_Id, null) => AnnexA.Iso27001_2022,
            (AnnexA.Iso27001_2013_Id, null) => AnnexA.Iso27001_2013,
            (null, { } embedded) => Embedded(path + ".embeddedCatalog", () => ControlCatalogFormat.Instance.FromRecord(embedded)),
            (null, null) => throw new MappingException(DocumentErrorCodes.MissingMember, path, "the SoA names no catalog", "catalog (iso27001-2022-annex-a or iso27001-2013-annex-a) or embeddedCatalog"),
            ({ } id, null) => throw new MappingException(DocumentErrorCodes.InvalidValue, path + ".catalog", $"'{id}' is not a shipped catalog", $"{AnnexA.Iso27001_2022_Id} or {AnnexA.Iso27001_2013_Id}, or an embeddedCatalog"),
            _ => throw new MappingException(DocumentErrorCodes.InvalidValue, path, "the SoA has both catalog and embeddedCatalog", "exactly one of catalog, embeddedCatalog"),
        };

        var decisions = new SoaDecision[soa.Decisions.Count];
        for (var i = 0; i < decisions.Length; i++)
        {
            var d = soa.Decisions[i];
            var p = Mapping.Item(path + ".decisions", i);
            var control = Entity(p, () => new ControlId(d.Control));
            if (!catalog.Contains(control))
            {
                throw Mapping.Dangling(p + ".control", d.Control, $"control of the catalog '{catalog.Id}'");
            }

            decisions[i] = Entity(p, () => new SoaDecision
            {
                Control = control,
                Applicable = d.Applicable,
                Reasons = Lists.ToImmutable(d.Reasons, (r, j) => Enum<InclusionReason>(r, Mapping.Item(p + ".reasons", j))),
                Risks = Lists.ToImmutable(d.Risks, r => new RiskId(r)),
                Requirements = Lists.ToImmutable(d.Requirements, r => new RequirementId(r)),
                Exclusion = (d.ExclusionReason, d.ExclusionNarrative) switch
                {
                    (null, null) => null,
                    ({ } reason, { } narrative) => new SoaExclusion { Reason = Enum<ExclusionReason>(reason, p, ".exclusionReason"), Narrative = narrative },
                    _ => throw new MappingException(DocumentErrorCodes.MissingMember, p, "an exclusion needs both a reason and a narrative", "exclusionReason and exclusionNarrative together"),
                },
                Status = Enum<ImplementationStatus>(d.Status, p, ".status"),
                AppliedControls = Lists.ToImmutable(d.AppliedControls, c => new AppliedControlId(c)),
                Evidence = Lists.ToImmutable(d.Evidence, (e, j) => FromDto(e, Mapping.Item(p + ".evidence", j))),
            });
        }

        var version = soa.Version is not { } v ? null : Entity(path + ".version", () => new SoaVersion { Version = v.Version, ApprovedBy = new PersonId(v.ApprovedBy), ApprovedOn = v.ApprovedOn, ChangeSummary = v.ChangeSummary });
        return Entity(path, () => new StatementOfApplicability(catalog, decisions, version));
    }

    private static ImmutableDictionary<ManagementReviewInput, string> Inputs(IReadOnlyList<ReviewInputDto> inputs, string path)
    {
        var result = ImmutableDictionary.CreateBuilder<ManagementReviewInput, string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var key = Enum<ManagementReviewInput>(inputs[i].Input, Mapping.Item(path, i) + ".input");
            if (!result.TryAdd(key, inputs[i].Summary))
            {
                throw new MappingException(DocumentErrorCodes.InvalidValue, Mapping.Item(path, i) + ".input", $"the input '{inputs[i].Input}' is listed twice", "each input once");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Parses an enum by its exact name; numbers and flag lists are refused.</summary>
    internal static T Enum<T>(string text, string path)
        where T : struct, Enum =>
        EnumNames<T>.TryParse(text, out var value) ? value : throw InvalidEnum<T>(text, path);

    /// <summary>Parses an enum by its exact name; <paramref name="member"/> is appended to the path only on error.</summary>
    internal static T Enum<T>(string text, string path, string member)
        where T : struct, Enum =>
        EnumNames<T>.TryParse(text, out var value) ? value : throw InvalidEnum<T>(text, path + member);

    /// <summary>Parses an enum by its exact name; the item's path is formatted only on error.</summary>
    internal static T Enum<T>(string text, ItemPath path, string member)
        where T : struct, Enum =>
        EnumNames<T>.TryParse(text, out var value) ? value : throw InvalidEnum<T>(text, path + member);

    private static MappingException InvalidEnum<T>(string text, string path)
        where T : struct, Enum =>
        new(DocumentErrorCodes.InvalidValue, path, $"'{text}' is not a valid value", "one of " + string.Join(", ", System.Enum.GetNames<T>()));

    private static TId? Id<TId>(string? text, Func<string, TId> create)
        where TId : struct => text is null ? null : create(text);

    /// <summary>Runs a domain constructor; a guard failure becomes an error at <paramref name="path"/>.</summary>
    internal static T Entity<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception ex) when (ex is IsmsException or ArgumentException)
        {
            throw Broken(path, ex, typeof(T).Name);
        }
    }

    /// <summary>
    /// A domain guard failure (<see cref="IsmsException"/> or <see cref="ArgumentException"/>) while creating an entity
    /// of kind <paramref name="entityKind"/> at <paramref name="path"/>: placed at the member the error names.
    /// </summary>
    private static MappingException Broken(string path, Exception ex, string entityKind) => ex is IsmsException domain
        ? Mapping.Broken(path, domain, entityKind)
        : Mapping.Invalid(path, (ArgumentException)ex);

    private static T Embedded<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (MappingException ex)
        {
            throw new MappingException(ex.Code, path + ex.Path[1..], ex.Problem, ex.Expected, ex.InnerException);
        }
    }

    private static Register<TId, T> Reg<TId, T, TDto>(IReadOnlyList<TDto> dtos, string path, Func<TDto, T> map)
        where TId : struct, IEntityId, IEquatable<TId>
        where T : class, IEntity<TId> => Reg<TId, T, TDto, Func<TDto, T>>(dtos, path, map, static (m, d, _) => m(d));

    private static Register<TId, T> Reg<TId, T, TDto>(IReadOnlyList<TDto> dtos, string path, Func<TDto, ItemPath, T> map)
        where TId : struct, IEntityId, IEquatable<TId>
        where T : class, IEntity<TId> => Reg<TId, T, TDto, Func<TDto, ItemPath, T>>(dtos, path, map, static (m, d, p) => m(d, p));

    /// <summary>
    /// Maps a collection into a register: each item through the domain's guards (an error names the item's path,
    /// formatted only then), duplicate ids named with both paths. No per-item closure or path string.
    /// </summary>
    private static Register<TId, T> Reg<TId, T, TDto, TMap>(IReadOnlyList<TDto> dtos, string path, TMap map, Func<TMap, TDto, ItemPath, T> invoke)
        where TId : struct, IEntityId, IEquatable<TId>
        where T : class, IEntity<TId>
    {
        var items = new T[dtos.Count];
        var seen = new Dictionary<TId, int>(dtos.Count);
        for (var i = 0; i < items.Length; i++)
        {
            var itemPath = new ItemPath(path, i);
            try
            {
                items[i] = invoke(map, dtos[i], itemPath);
            }
            catch (Exception ex) when (ex is IsmsException or ArgumentException)
            {
                throw Broken(itemPath.ToString(), ex, typeof(T).Name);
            }

            if (!seen.TryAdd(items[i].Id, i))
            {
                throw Mapping.DuplicateId(itemPath + ".id", items[i].Id.ToString() ?? string.Empty, Mapping.Item(path, seen[items[i].Id]) + ".id");
            }
        }

        return Entity(path, () => Register<TId, T>.Of(items));
    }

    /// <summary>Every rule the built model breaks, each at the JSON path of its entity and member, in document order.</summary>
    private static MappingException FromBuild(IsmsException ex, IsmsDto dto)
    {
        var locator = new ErrorLocator(dto);
        var problems = ex.Errors.Select(error =>
        {
            var code = DocumentCode(error);
            return new MappingException(code, locator.PathOf(error), error.Message.TrimEnd('.'), code == DocumentErrorCodes.DanglingReference ? "an id defined in the document" : null, ex, error.Value);
        }).ToList();
        var first = problems[0];
        return new MappingException(first.Code, first.Path, first.Problem, first.Expected, ex, first.Value) { Others = problems[1..] };
    }

    /// <summary>The document error code of a rule of the model broken by the document as a whole.</summary>
    private static string DocumentCode(IsmsError error) => error.Code switch
    {
        IsmsErrorCodes.DuplicateId => DocumentErrorCodes.DuplicateId,
        IsmsErrorCodes.DanglingReference or IsmsErrorCodes.UnknownId or IsmsErrorCodes.ControlNotInCatalog => DocumentErrorCodes.DanglingReference,
        _ => DocumentErrorCodes.InvalidValue,
    };

    /// <summary>
    /// Turns the structured location of a model error (<see cref="IsmsError.EntityKind"/>, <see cref="IsmsError.EntityId"/>,
    /// <see cref="IsmsError.Member"/>) into the JSON path of the document it was read from: the entity's element of its
    /// array (found by id), then the member. Each array is indexed by id once, when an error first needs it.
    /// </summary>
    private sealed class ErrorLocator(IsmsDto dto)
    {
        private readonly Dictionary<string, Dictionary<string, int>> _indexes = new(StringComparer.Ordinal);

        public string PathOf(IsmsError error)
        {
            var entity = EntityPath(error.EntityKind, error.EntityId);
            return entity is not null && error.Member is { } member ? entity + Mapping.MemberPath(member) : entity ?? "$";
        }

        private string? EntityPath(string? kind, string? id)
        {
            switch (kind)
            {
                case null: return null;
                case nameof(InformationSecurityManagementSystem): return "$";
                case nameof(OrganisationProfile): return "$.profile";
                case nameof(OrganisationalContext): return "$.context";
                case nameof(IsmsScope): return "$.scope";
                case nameof(InformationSecurityPolicy): return "$.policy";
                case nameof(StatementOfApplicability): return "$.statementOfApplicability";
                case nameof(RiskTreatmentPlan): return "$.treatmentPlan";
                case nameof(AuditProgramme): return "$.auditProgramme";
            }

            (string Path, Func<IsmsDto, IEnumerable<string>> Ids)? collection = kind switch
            {
                nameof(Role) => ("$.roles", d => d.Roles.Select(p => p.Id)),
                nameof(Person) => ("$.people", d => d.People.Select(p => p.Id)),
                nameof(Asset) => ("$.assets", d => d.Assets.Select(p => p.Id)),
                nameof(RiskScenario) => ("$.risks", d => d.Risks.Select(p => p.Id)),
                nameof(AppliedControl) => ("$.appliedControls", d => d.AppliedControls.Select(p => p.Id)),
                nameof(SoaDecision) => ("$.statementOfApplicability.decisions", d => d.StatementOfApplicability?.Decisions.Select(p => p.Control) ?? []),
                nameof(TreatmentAction) => ("$.treatmentPlan.actions", d => d.TreatmentPlan?.Actions.Select(p => p.Id) ?? []),
                nameof(InformationSecurityObjective) => ("$.objectives", d => d.Objectives.Select(p => p.Id)),
                nameof(CompetenceRecord) => ("$.competenceRecords", d => d.CompetenceRecords.Select(p => p.Id)),
                nameof(AwarenessRecord) => ("$.awarenessRecords", d => d.AwarenessRecords.Select(p => p.Id)),
                nameof(DocumentedInformation) => ("$.documents", d => d.Documents.Select(p => p.Id)),
                nameof(MeasurementResult) => ("$.measurements", d => d.Measurements.Select(p => p.Id)),
                nameof(InternalAudit) => ("$.audits", d => d.Audits.Select(p => p.Id)),
                nameof(ManagementReview) => ("$.managementReviews", d => d.ManagementReviews.Select(p => p.Id)),
                nameof(Nonconformity) => ("$.nonconformities", d => d.Nonconformities.Select(p => p.Id)),
                nameof(Requirement) => ("$.context.requirements", d => d.Context?.Requirements.Select(p => p.Id) ?? []),
                nameof(InterestedParty) => ("$.context.interestedParties", d => d.Context?.InterestedParties.Select(p => p.Id) ?? []),
                nameof(ContextIssue) => ("$.context.issues", d => d.Context?.Issues.Select(p => p.Id) ?? []),
                nameof(Site) => ("$.profile.sites", d => d.Profile.Sites.Select(p => p.Id)),
                nameof(EvidenceItem) => ("$.evidence", d => d.Evidence.Select(p => p.Id)),
                nameof(ControlTest) => ("$.controlTests", d => d.ControlTests.Select(p => p.Id)),
                nameof(MonitoringActivity) => ("$.monitoringActivities", d => d.MonitoringActivities.Select(p => p.Id)),
                nameof(PlannedChange) => ("$.plannedChanges", d => d.PlannedChanges.Select(p => p.Id)),
                _ => null,
            };
            if (collection is not { } c)
            {
                return null;
            }

            if (id is null)
            {
                return c.Path;
            }

            if (!_indexes.TryGetValue(kind, out var index))
            {
                index = new Dictionary<string, int>(StringComparer.Ordinal);
                var i = 0;
                foreach (var value in c.Ids(dto))
                {
                    index.TryAdd(value, i++);
                }

                _indexes[kind] = index;
            }

            return index.TryGetValue(id, out var at) ? Mapping.Item(c.Path, at) : c.Path;
        }
    }
}
