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
/// The information security management system of one organisation as immutable, validated data: profile, context,
/// scope, policy, roles, people, assets, risk criteria, risk register, applied controls, Statement of Applicability,
/// risk treatment plan, objectives, competence and awareness, documented information, measurements, internal
/// audits, management reviews, nonconformities, evidence, control tests, monitoring activities and planned changes.
/// </summary>
/// <remarks>
/// <para>Construct through <see cref="IsmsBuilder"/>. Construction validates every cross-reference (an owner who is
/// not a person of the ISMS, a risk naming an unknown asset, a decision naming an unknown risk...), the uniqueness of
/// nested ids, risk assessments against the criteria's scales, and closure rules, and reports every violation at once:
/// one <see cref="IsmsException"/> whose <see cref="IsmsException.Errors"/> lists each broken rule in document order
/// with its code, entity kind, entity id, member and value. Building is linear in the size of the ISMS.</para>
/// <para>Change it with <see cref="With(Action{IsmsBuilder})"/> (one change or many, validated once as a whole:
/// <c>isms.With(b => b.Risks = b.Risks.Add(risk))</c>) or <see cref="ToBuilder"/> for a longer edit; either returns a
/// new ISMS, and a change that would break a rule throws and leaves the original untouched.</para>
/// <para>ISO/IEC 27001:2022 clauses 4 to 10 and Annex A.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class InformationSecurityManagementSystem
{
    internal InformationSecurityManagementSystem(IsmsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Profile = builder.Profile ?? throw Fault.Of(IsmsErrorCodes.RequiredText, "InformationSecurityManagementSystem.Profile must be set.", nameof(InformationSecurityManagementSystem), member: nameof(Profile));
        RiskCriteria = builder.RiskCriteria ?? throw Fault.Of(IsmsErrorCodes.RequiredText, "InformationSecurityManagementSystem.RiskCriteria must be set.", nameof(InformationSecurityManagementSystem), member: nameof(RiskCriteria));
        Context = builder.Context ?? OrganisationalContext.Empty;
        Scope = builder.Scope;
        Policy = builder.Policy;
        Roles = builder.Roles ?? Register<RoleId, Role>.Empty;
        People = builder.People ?? Register<PersonId, Person>.Empty;
        Assets = builder.Assets ?? Register<AssetId, Asset>.Empty;
        Risks = builder.Risks ?? RiskRegister.Empty;
        AppliedControls = builder.AppliedControls ?? Register<AppliedControlId, AppliedControl>.Empty;
        StatementOfApplicability = builder.StatementOfApplicability;
        TreatmentPlan = builder.TreatmentPlan ?? RiskTreatmentPlan.Empty;
        Objectives = builder.Objectives ?? Register<ObjectiveId, InformationSecurityObjective>.Empty;
        CompetenceRecords = builder.CompetenceRecords ?? Register<CompetenceRecordId, CompetenceRecord>.Empty;
        AwarenessRecords = builder.AwarenessRecords ?? Register<AwarenessRecordId, AwarenessRecord>.Empty;
        Documents = builder.Documents ?? Register<DocumentId, DocumentedInformation>.Empty;
        Measurements = builder.Measurements ?? Register<MeasurementId, MeasurementResult>.Empty;
        AuditProgramme = builder.AuditProgramme;
        Audits = builder.Audits ?? Register<AuditId, InternalAudit>.Empty;
        ManagementReviews = builder.ManagementReviews ?? Register<ManagementReviewId, ManagementReview>.Empty;
        Nonconformities = builder.Nonconformities ?? Register<NonconformityId, Nonconformity>.Empty;
        Evidence = builder.Evidence ?? Register<EvidenceItemId, EvidenceItem>.Empty;
        ControlTests = builder.ControlTests ?? Register<ControlTestId, ControlTest>.Empty;
        MonitoringActivities = builder.MonitoringActivities ?? Register<MonitoringActivityId, MonitoringActivity>.Empty;
        PlannedChanges = builder.PlannedChanges ?? Register<PlannedChangeId, PlannedChange>.Empty;
        IsmsValidator.Validate(this);
    }

    /// <summary>The organisation profile (certification application).</summary>
    public OrganisationProfile Profile { get; }

    /// <summary>The context: issues, interested parties, requirements and obligations (clauses 4.1, 4.2).</summary>
    public OrganisationalContext Context { get; }

    /// <summary>The ISMS scope (clause 4.3); <see langword="null"/> until determined.</summary>
    public IsmsScope? Scope { get; }

    /// <summary>The information security policy (clause 5.2); <see langword="null"/> until established.</summary>
    public InformationSecurityPolicy? Policy { get; }

    /// <summary>The roles with their responsibilities and authorities (clause 5.3).</summary>
    public Register<RoleId, Role> Roles { get; }

    /// <summary>The people doing work under the organisation's control who appear in the ISMS.</summary>
    public Register<PersonId, Person> People { get; }

    /// <summary>The asset inventory (Annex A 5.9).</summary>
    public Register<AssetId, Asset> Assets { get; }

    /// <summary>The risk criteria: scales, matrix and acceptance level (clause 6.1.2 a).</summary>
    public RiskCriteria RiskCriteria { get; }

    /// <summary>The risk register (clauses 6.1.2, 8.2).</summary>
    public RiskRegister Risks { get; }

    /// <summary>The applied controls: the organisation's security measures (clause 6.1.3 b).</summary>
    public Register<AppliedControlId, AppliedControl> AppliedControls { get; }

    /// <summary>The Statement of Applicability (clause 6.1.3 d); <see langword="null"/> until drafted.</summary>
    public StatementOfApplicability? StatementOfApplicability { get; }

    /// <summary>The risk treatment plan (clauses 6.1.3 e, 8.3).</summary>
    public RiskTreatmentPlan TreatmentPlan { get; }

    /// <summary>The information security objectives (clause 6.2).</summary>
    public Register<ObjectiveId, InformationSecurityObjective> Objectives { get; }

    /// <summary>Evidence of competence (clause 7.2 d).</summary>
    public Register<CompetenceRecordId, CompetenceRecord> CompetenceRecords { get; }

    /// <summary>Awareness records (clause 7.3).</summary>
    public Register<AwarenessRecordId, AwarenessRecord> AwarenessRecords { get; }

    /// <summary>The documented information register (clause 7.5).</summary>
    public Register<DocumentId, DocumentedInformation> Documents { get; }

    /// <summary>Monitoring and measurement results (clause 9.1).</summary>
    public Register<MeasurementId, MeasurementResult> Measurements { get; }

    /// <summary>The internal audit programme (clause 9.2.2); <see langword="null"/> until planned.</summary>
    public AuditProgramme? AuditProgramme { get; }

    /// <summary>The internal audits (clause 9.2).</summary>
    public Register<AuditId, InternalAudit> Audits { get; }

    /// <summary>The management reviews (clause 9.3).</summary>
    public Register<ManagementReviewId, ManagementReview> ManagementReviews { get; }

    /// <summary>The nonconformities and their corrective actions (clause 10.2).</summary>
    public Register<NonconformityId, Nonconformity> Nonconformities { get; }

    /// <summary>The evidence items: what shows each control operates, over which period (clauses 7.5, 9.1).</summary>
    public Register<EvidenceItemId, EvidenceItem> Evidence { get; }

    /// <summary>The control tests, their schedules and results (clauses 8.1, 9.1).</summary>
    public Register<ControlTestId, ControlTest> ControlTests { get; }

    /// <summary>What is monitored and measured, how, when and by whom (clause 9.1); results are <see cref="Measurements"/>.</summary>
    public Register<MonitoringActivityId, MonitoringActivity> MonitoringActivities { get; }

    /// <summary>The planned changes to the ISMS (clause 6.3).</summary>
    public Register<PlannedChangeId, PlannedChange> PlannedChanges { get; }

    /// <summary>Returns a builder holding this ISMS's parts.</summary>
    public IsmsBuilder ToBuilder() => new(this);

    /// <summary>
    /// Returns a new ISMS with the changes applied to a builder, validated once as a whole: set a part
    /// (<c>b => b.Scope = newScope</c>), add, replace or remove entities (<c>b => b.Assets = b.Assets.Add(laptop)</c>,
    /// <c>b.AddRisk(r1, r2)</c>, <c>b.People = b.People.Remove(id)</c>), or several of these at once.
    /// </summary>
    /// <param name="change">The change, e.g. <c>b => b.Scope = newScope</c>.</param>
    /// <exception cref="IsmsException">The changed ISMS would break a rule; this ISMS is unchanged.</exception>
    public InformationSecurityManagementSystem With(Action<IsmsBuilder> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var builder = ToBuilder();
        change(builder);
        return builder.Build();
    }

    /// <summary>Describes the ISMS, e.g. <c>ISMS of Northwind Payments GmbH (20 assets, 15 risks)</c>.</summary>
    public override string ToString() => $"ISMS of {Profile.LegalName} ({Assets.Count} assets, {Risks.Count} risks)";
}
