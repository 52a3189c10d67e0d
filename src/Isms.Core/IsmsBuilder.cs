using Isms.Core.Applicability;
using Isms.Core.Assets;
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
using Isms.Core.Support;

namespace Isms.Core;

/// <summary>
/// A mutable builder for an <see cref="InformationSecurityManagementSystem"/>: set the parts in any order, then
/// <see cref="Build"/> validates every cross-reference once and returns the immutable ISMS.
/// <code>
/// var isms = new IsmsBuilder { Profile = profile, RiskCriteria = criteria }
///     .AddPerson(ciso).AddAsset(paymentsDb).AddRisk(ransomware)
///     .Build();
/// </code>
/// </summary>
/// <threadsafety>This type is mutable and not thread-safe; the ISMS it builds is immutable.</threadsafety>
public sealed class IsmsBuilder
{
    /// <summary>Creates an empty builder: set at least <see cref="Profile"/> and <see cref="RiskCriteria"/>.</summary>
    public IsmsBuilder()
    {
    }

    /// <summary>Creates a builder holding the parts of an existing ISMS.</summary>
    /// <param name="isms">The ISMS to start from.</param>
    public IsmsBuilder(InformationSecurityManagementSystem isms)
    {
        ArgumentNullException.ThrowIfNull(isms);
        Profile = isms.Profile;
        Context = isms.Context;
        Scope = isms.Scope;
        Policy = isms.Policy;
        Roles = isms.Roles;
        People = isms.People;
        Assets = isms.Assets;
        RiskCriteria = isms.RiskCriteria;
        Risks = isms.Risks;
        AppliedControls = isms.AppliedControls;
        StatementOfApplicability = isms.StatementOfApplicability;
        TreatmentPlan = isms.TreatmentPlan;
        Objectives = isms.Objectives;
        CompetenceRecords = isms.CompetenceRecords;
        AwarenessRecords = isms.AwarenessRecords;
        Documents = isms.Documents;
        Measurements = isms.Measurements;
        AuditProgramme = isms.AuditProgramme;
        Audits = isms.Audits;
        ManagementReviews = isms.ManagementReviews;
        Nonconformities = isms.Nonconformities;
        Evidence = isms.Evidence;
        ControlTests = isms.ControlTests;
        MonitoringActivities = isms.MonitoringActivities;
        PlannedChanges = isms.PlannedChanges;
    }

    /// <summary>The organisation profile (certification application).</summary>
    public OrganisationProfile? Profile { get; set; }

    /// <summary>The context: issues, interested parties, requirements and obligations (clauses 4.1, 4.2).</summary>
    public OrganisationalContext Context { get; set; } = OrganisationalContext.Empty;

    /// <summary>The ISMS scope (clause 4.3); <see langword="null"/> until determined.</summary>
    public IsmsScope? Scope { get; set; }

    /// <summary>The information security policy (clause 5.2); <see langword="null"/> until established.</summary>
    public InformationSecurityPolicy? Policy { get; set; }

    /// <summary>The roles with their responsibilities and authorities (clause 5.3).</summary>
    public Register<RoleId, Role> Roles { get; set; } = Register<RoleId, Role>.Empty;

    /// <summary>The people doing work under the organisation's control who appear in the ISMS.</summary>
    public Register<PersonId, Person> People { get; set; } = Register<PersonId, Person>.Empty;

    /// <summary>The asset inventory (Annex A 5.9).</summary>
    public Register<AssetId, Asset> Assets { get; set; } = Register<AssetId, Asset>.Empty;

    /// <summary>The risk criteria: scales, matrix and acceptance level (clause 6.1.2 a).</summary>
    public RiskCriteria? RiskCriteria { get; set; }

    /// <summary>The risk register (clauses 6.1.2, 8.2).</summary>
    public RiskRegister Risks { get; set; } = RiskRegister.Empty;

    /// <summary>The applied controls: the organisation's security measures (clause 6.1.3 b).</summary>
    public Register<AppliedControlId, AppliedControl> AppliedControls { get; set; } = Register<AppliedControlId, AppliedControl>.Empty;

    /// <summary>The Statement of Applicability (clause 6.1.3 d); <see langword="null"/> until drafted.</summary>
    public StatementOfApplicability? StatementOfApplicability { get; set; }

    /// <summary>The risk treatment plan (clauses 6.1.3 e, 8.3).</summary>
    public RiskTreatmentPlan TreatmentPlan { get; set; } = RiskTreatmentPlan.Empty;

    /// <summary>The information security objectives (clause 6.2).</summary>
    public Register<ObjectiveId, InformationSecurityObjective> Objectives { get; set; } = Register<ObjectiveId, InformationSecurityObjective>.Empty;

    /// <summary>Evidence of competence (clause 7.2 d).</summary>
    public Register<CompetenceRecordId, CompetenceRecord> CompetenceRecords { get; set; } = Register<CompetenceRecordId, CompetenceRecord>.Empty;

    /// <summary>Awareness records (clause 7.3).</summary>
    public Register<AwarenessRecordId, AwarenessRecord> AwarenessRecords { get; set; } = Register<AwarenessRecordId, AwarenessRecord>.Empty;

    /// <summary>The documented information register (clause 7.5).</summary>
    public Register<DocumentId, DocumentedInformation> Documents { get; set; } = Register<DocumentId, DocumentedInformation>.Empty;

    /// <summary>Monitoring and measurement results (clause 9.1).</summary>
    public Register<MeasurementId, MeasurementResult> Measurements { get; set; } = Register<MeasurementId, MeasurementResult>.Empty;

    /// <summary>The internal audit programme (clause 9.2.2); <see langword="null"/> until planned.</summary>
    public AuditProgramme? AuditProgramme { get; set; }

    /// <summary>The internal audits (clause 9.2).</summary>
    public Register<AuditId, InternalAudit> Audits { get; set; } = Register<AuditId, InternalAudit>.Empty;

    /// <summary>The management reviews (clause 9.3).</summary>
    public Register<ManagementReviewId, ManagementReview> ManagementReviews { get; set; } = Register<ManagementReviewId, ManagementReview>.Empty;

    /// <summary>The nonconformities and their corrective actions (clause 10.2).</summary>
    public Register<NonconformityId, Nonconformity> Nonconformities { get; set; } = Register<NonconformityId, Nonconformity>.Empty;

    /// <summary>The evidence items: what shows each control operates, over which period (clauses 7.5, 9.1).</summary>
    public Register<EvidenceItemId, EvidenceItem> Evidence { get; set; } = Register<EvidenceItemId, EvidenceItem>.Empty;

    /// <summary>The control tests, their schedules and results (clauses 8.1, 9.1).</summary>
    public Register<ControlTestId, ControlTest> ControlTests { get; set; } = Register<ControlTestId, ControlTest>.Empty;

    /// <summary>What is monitored and measured, how, when and by whom (clause 9.1); results are <see cref="Measurements"/>.</summary>
    public Register<MonitoringActivityId, MonitoringActivity> MonitoringActivities { get; set; } = Register<MonitoringActivityId, MonitoringActivity>.Empty;

    /// <summary>The planned changes to the ISMS (clause 6.3).</summary>
    public Register<PlannedChangeId, PlannedChange> PlannedChanges { get; set; } = Register<PlannedChangeId, PlannedChange>.Empty;

    /// <summary>Adds entities to <see cref="People"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddPerson(params ReadOnlySpan<Person> entities)
    {
        foreach (var entity in entities)
        {
            People = People.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Roles"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddRole(params ReadOnlySpan<Role> entities)
    {
        foreach (var entity in entities)
        {
            Roles = Roles.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Assets"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddAsset(params ReadOnlySpan<Asset> entities)
    {
        foreach (var entity in entities)
        {
            Assets = Assets.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Risks"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddRisk(params ReadOnlySpan<RiskScenario> entities)
    {
        foreach (var entity in entities)
        {
            Risks = Risks.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="AppliedControls"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddAppliedControl(params ReadOnlySpan<AppliedControl> entities)
    {
        foreach (var entity in entities)
        {
            AppliedControls = AppliedControls.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Documents"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddDocument(params ReadOnlySpan<DocumentedInformation> entities)
    {
        foreach (var entity in entities)
        {
            Documents = Documents.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Objectives"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddObjective(params ReadOnlySpan<InformationSecurityObjective> entities)
    {
        foreach (var entity in entities)
        {
            Objectives = Objectives.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="CompetenceRecords"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddCompetenceRecord(params ReadOnlySpan<CompetenceRecord> entities)
    {
        foreach (var entity in entities)
        {
            CompetenceRecords = CompetenceRecords.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="AwarenessRecords"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddAwarenessRecord(params ReadOnlySpan<AwarenessRecord> entities)
    {
        foreach (var entity in entities)
        {
            AwarenessRecords = AwarenessRecords.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Measurements"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddMeasurement(params ReadOnlySpan<MeasurementResult> entities)
    {
        foreach (var entity in entities)
        {
            Measurements = Measurements.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Audits"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddAudit(params ReadOnlySpan<InternalAudit> entities)
    {
        foreach (var entity in entities)
        {
            Audits = Audits.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="ManagementReviews"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddManagementReview(params ReadOnlySpan<ManagementReview> entities)
    {
        foreach (var entity in entities)
        {
            ManagementReviews = ManagementReviews.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Nonconformities"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddNonconformity(params ReadOnlySpan<Nonconformity> entities)
    {
        foreach (var entity in entities)
        {
            Nonconformities = Nonconformities.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="Evidence"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddEvidence(params ReadOnlySpan<EvidenceItem> entities)
    {
        foreach (var entity in entities)
        {
            Evidence = Evidence.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="ControlTests"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddControlTest(params ReadOnlySpan<ControlTest> entities)
    {
        foreach (var entity in entities)
        {
            ControlTests = ControlTests.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="MonitoringActivities"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddMonitoringActivity(params ReadOnlySpan<MonitoringActivity> entities)
    {
        foreach (var entity in entities)
        {
            MonitoringActivities = MonitoringActivities.Add(entity);
        }

        return this;
    }

    /// <summary>Adds entities to <see cref="PlannedChanges"/>.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IsmsException">An id is already registered.</exception>
    public IsmsBuilder AddPlannedChange(params ReadOnlySpan<PlannedChange> entities)
    {
        foreach (var entity in entities)
        {
            PlannedChanges = PlannedChanges.Add(entity);
        }

        return this;
    }

    /// <summary>Validates every part and cross-reference and returns the immutable ISMS.</summary>
    /// <returns>The ISMS.</returns>
    /// <exception cref="IsmsException">A part is missing or rules are broken: <see cref="IsmsException.Errors"/> lists every
    /// violation (dangling references, duplicate ids, rule breaks) in document order, each with its code, entity kind,
    /// entity id, member and value.</exception>
    public InformationSecurityManagementSystem Build() => new(this);
}
