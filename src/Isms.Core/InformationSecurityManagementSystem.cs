using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Context;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
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
/// audits, management reviews and nonconformities.
/// </summary>
/// <remarks>
/// <para>Construct through <see cref="IsmsBuilder"/>. Construction validates every cross-reference (an owner who is
/// not a person of the ISMS, a risk naming an unknown asset, a decision naming an unknown risk...), the uniqueness of
/// nested ids, risk assessments against the criteria's scales, and closure rules, and reports every violation at once:
/// one <see cref="IsmsException"/> whose <see cref="IsmsException.Errors"/> lists each broken rule in document order
/// with its code, entity kind, entity id, member and value. Building is linear in the size of the ISMS.</para>
/// <para>Changes (<c>With...</c>, <c>Add...</c>, <c>Remove...</c>, <see cref="With(Action{IsmsBuilder})"/>) return a new
/// ISMS; a change that would break a rule throws and leaves the original untouched.</para>
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

    /// <summary>Returns a builder holding this ISMS's parts.</summary>
    public IsmsBuilder ToBuilder() => new(this);

    /// <summary>Returns a new ISMS with the changes applied to a builder; validated as a whole.</summary>
    /// <param name="change">The change, e.g. <c>b => b.Scope = newScope</c>.</param>
    /// <exception cref="IsmsException">The changed ISMS would break a rule; this ISMS is unchanged.</exception>
    public InformationSecurityManagementSystem With(Action<IsmsBuilder> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var builder = ToBuilder();
        change(builder);
        return builder.Build();
    }

    /// <summary>Returns a new ISMS with <see cref="Profile"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithProfile(OrganisationProfile value) => With(b => b.Profile = value);

    /// <summary>Returns a new ISMS with <see cref="Context"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithContext(OrganisationalContext value) => With(b => b.Context = value);

    /// <summary>Returns a new ISMS with <see cref="Scope"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithScope(IsmsScope? value) => With(b => b.Scope = value);

    /// <summary>Returns a new ISMS with <see cref="Policy"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithPolicy(InformationSecurityPolicy? value) => With(b => b.Policy = value);

    /// <summary>Returns a new ISMS with <see cref="RiskCriteria"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithRiskCriteria(RiskCriteria value) => With(b => b.RiskCriteria = value);

    /// <summary>Returns a new ISMS with <see cref="StatementOfApplicability"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithStatementOfApplicability(StatementOfApplicability? value) => With(b => b.StatementOfApplicability = value);

    /// <summary>Returns a new ISMS with <see cref="TreatmentPlan"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithTreatmentPlan(RiskTreatmentPlan value) => With(b => b.TreatmentPlan = value);

    /// <summary>Returns a new ISMS with <see cref="AuditProgramme"/> replaced.</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="IsmsException">The change would break a rule.</exception>
    public InformationSecurityManagementSystem WithAuditProgramme(AuditProgramme? value) => With(b => b.AuditProgramme = value);

    /// <summary>Returns a new ISMS with the entity added to <see cref="People"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddPerson(Person entity) => With(b => b.People = b.People.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="People"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplacePerson(Person entity) => With(b => b.People = b.People.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemovePerson(PersonId id) => With(b => b.People = b.People.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Roles"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddRole(Role entity) => With(b => b.Roles = b.Roles.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Roles"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceRole(Role entity) => With(b => b.Roles = b.Roles.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveRole(RoleId id) => With(b => b.Roles = b.Roles.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Assets"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddAsset(Asset entity) => With(b => b.Assets = b.Assets.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Assets"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceAsset(Asset entity) => With(b => b.Assets = b.Assets.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveAsset(AssetId id) => With(b => b.Assets = b.Assets.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Risks"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddRisk(RiskScenario entity) => With(b => b.Risks = b.Risks.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Risks"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceRisk(RiskScenario entity) => With(b => b.Risks = b.Risks.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveRisk(RiskId id) => With(b => b.Risks = b.Risks.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="AppliedControls"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddAppliedControl(AppliedControl entity) => With(b => b.AppliedControls = b.AppliedControls.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="AppliedControls"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceAppliedControl(AppliedControl entity) => With(b => b.AppliedControls = b.AppliedControls.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveAppliedControl(AppliedControlId id) => With(b => b.AppliedControls = b.AppliedControls.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Documents"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddDocument(DocumentedInformation entity) => With(b => b.Documents = b.Documents.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Documents"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceDocument(DocumentedInformation entity) => With(b => b.Documents = b.Documents.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveDocument(DocumentId id) => With(b => b.Documents = b.Documents.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Objectives"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddObjective(InformationSecurityObjective entity) => With(b => b.Objectives = b.Objectives.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Objectives"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceObjective(InformationSecurityObjective entity) => With(b => b.Objectives = b.Objectives.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveObjective(ObjectiveId id) => With(b => b.Objectives = b.Objectives.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="CompetenceRecords"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddCompetenceRecord(CompetenceRecord entity) => With(b => b.CompetenceRecords = b.CompetenceRecords.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="CompetenceRecords"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceCompetenceRecord(CompetenceRecord entity) => With(b => b.CompetenceRecords = b.CompetenceRecords.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveCompetenceRecord(CompetenceRecordId id) => With(b => b.CompetenceRecords = b.CompetenceRecords.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="AwarenessRecords"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddAwarenessRecord(AwarenessRecord entity) => With(b => b.AwarenessRecords = b.AwarenessRecords.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="AwarenessRecords"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceAwarenessRecord(AwarenessRecord entity) => With(b => b.AwarenessRecords = b.AwarenessRecords.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveAwarenessRecord(AwarenessRecordId id) => With(b => b.AwarenessRecords = b.AwarenessRecords.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Measurements"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddMeasurement(MeasurementResult entity) => With(b => b.Measurements = b.Measurements.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Measurements"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceMeasurement(MeasurementResult entity) => With(b => b.Measurements = b.Measurements.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveMeasurement(MeasurementId id) => With(b => b.Measurements = b.Measurements.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Audits"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddAudit(InternalAudit entity) => With(b => b.Audits = b.Audits.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Audits"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceAudit(InternalAudit entity) => With(b => b.Audits = b.Audits.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveAudit(AuditId id) => With(b => b.Audits = b.Audits.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="ManagementReviews"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddManagementReview(ManagementReview entity) => With(b => b.ManagementReviews = b.ManagementReviews.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="ManagementReviews"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceManagementReview(ManagementReview entity) => With(b => b.ManagementReviews = b.ManagementReviews.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveManagementReview(ManagementReviewId id) => With(b => b.ManagementReviews = b.ManagementReviews.Remove(id));

    /// <summary>Returns a new ISMS with the entity added to <see cref="Nonconformities"/>.</summary>
    /// <param name="entity">The entity.</param>
    /// <exception cref="IsmsException">The id is taken or a link is broken.</exception>
    public InformationSecurityManagementSystem AddNonconformity(Nonconformity entity) => With(b => b.Nonconformities = b.Nonconformities.Add(entity));

    /// <summary>Returns a new ISMS with the entity of the same id in <see cref="Nonconformities"/> replaced.</summary>
    /// <param name="entity">The new version.</param>
    /// <exception cref="IsmsException">No such id, or a link is broken.</exception>
    public InformationSecurityManagementSystem ReplaceNonconformity(Nonconformity entity) => With(b => b.Nonconformities = b.Nonconformities.Replace(entity));

    /// <summary>Returns a new ISMS without the entity; fails while other entities still link to it.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No such id, or another entity links to it (<c>ISMS-CORE-020</c>).</exception>
    public InformationSecurityManagementSystem RemoveNonconformity(NonconformityId id) => With(b => b.Nonconformities = b.Nonconformities.Remove(id));

    /// <summary>Describes the ISMS, e.g. <c>ISMS of Northwind Payments GmbH (20 assets, 15 risks)</c>.</summary>
    public override string ToString() => $"ISMS of {Profile.LegalName} ({Assets.Count} assets, {Risks.Count} risks)";
}
