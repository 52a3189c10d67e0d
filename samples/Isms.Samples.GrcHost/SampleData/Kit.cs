using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.Support;
using NodaTime;

namespace Isms.Samples.GrcHost.SampleData;

/// <summary>Small builders that keep the three sample organisations readable.</summary>
internal static class Kit
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static PersonId P(string id) => new(id);

    public static Person Person(string id, string name, string title, bool topManagement = false) =>
        new() { Id = P(id), Name = name, JobTitle = title, IsTopManagement = topManagement };

    public static OrganisationProfile Profile(string legalName, string activities, int persons, string contact, params (string Id, string Name, string Address)[] sites) => new()
    {
        LegalName = legalName,
        NatureOfActivities = activities,
        PersonsDoingWork = persons,
        Contact = new ContactDetails { Name = contact, Email = "isms@" + legalName.Split(' ')[0].ToLowerInvariant() + ".example" },
        Sites = Register<SiteId, Isms.Core.Organisation.Site>.Of(sites.Select(s => new Isms.Core.Organisation.Site { Id = new SiteId(s.Id), Name = s.Name, Address = s.Address })),
    };

    public static Asset Asset(string id, string name, AssetType type, string owner, SecurityLevel c, SecurityLevel i, SecurityLevel a) =>
        new() { Id = new AssetId(id), Name = name, Type = type, Owner = P(owner), Classification = new CiaClassification(c, i, a) };

    public static AppliedControl Control(string id, string name, string owner, ControlStatus status, int likelihoodReduction, int consequenceReduction, params string[] implements) => new()
    {
        Id = new AppliedControlId(id),
        Name = name,
        Owner = P(owner),
        Status = status,
        Effect = new ControlEffect(likelihoodReduction, consequenceReduction),
        Implements = [.. implements.Select(c => new ControlId(c))],
        Evidence = status == ControlStatus.Implemented ? [new EvidenceReference { Description = name + ": configuration export and last review record" }] : [],
    };

    public static RiskAssessment Assess(int likelihood, int consequence, LocalDate on) =>
        new(new LikelihoodLevel(likelihood), new ConsequenceLevel(consequence), on);

    public static RiskScenario Scenario(string id, string title, string owner, string asset, string threat, string vulnerability, RiskAssessment inherent, TreatmentOption treatment, params string[] controls) => new()
    {
        Id = new RiskId(id),
        Title = title,
        Owner = P(owner),
        Assets = [new AssetId(asset)],
        Threat = threat,
        Vulnerability = vulnerability,
        Inherent = inherent,
        Treatment = treatment,
        AppliedControls = [.. controls.Select(c => new AppliedControlId(c))],
        IdentifiedOn = inherent.AssessedOn,
    };

    public static RiskAcceptance Acceptance(string by, LocalDate on, LocalDate expires, RiskAssessment accepted, string rationale) =>
        new() { AcceptedBy = P(by), AcceptedOn = on, ExpiresOn = expires, AcceptedAssessment = accepted, Rationale = rationale };

    public static TreatmentAction Action(string id, string title, string owner, LocalDate due, TreatmentActionStatus status, string risk, LocalDate? completed = null) => new()
    {
        Id = new TreatmentActionId(id),
        Title = title,
        Owner = P(owner),
        Due = due,
        Status = status,
        CompletedOn = completed,
        Risks = [new RiskId(risk)],
    };

    public static DocumentedInformation Document(string id, string title, string version, string owner, string approver, LocalDate approved, LocalDate nextReview, params MandatoryDocument[] fulfils) => new()
    {
        Id = new DocumentId(id),
        Title = title,
        Version = version,
        Owner = P(owner),
        ApprovedBy = P(approver),
        ApprovedOn = approved,
        NextReviewOn = nextReview,
        Fulfils = [.. fulfils],
    };

    public static Nonconformity Nonconformity(string id, string description, NonconformitySource source, LocalDate raised, string owner, params CorrectiveAction[] actions) => new()
    {
        Id = new NonconformityId(id),
        Description = description,
        Source = source,
        RaisedOn = raised,
        Owner = P(owner),
        Correction = "Immediate correction applied",
        RootCause = "Root cause analysed (5 whys) and recorded",
        CorrectiveActions = [.. actions],
    };

    public static CorrectiveAction Corrective(string id, string description, string owner, LocalDate due, LocalDate? completed = null) =>
        new() { Id = new CorrectiveActionId(id), Description = description, Owner = P(owner), Due = due, CompletedOn = completed };

    /// <summary>An SoA over ISO/IEC 27001:2022 Annex A: every control decided, the listed ones excluded, the rest applicable
    /// with <paramref name="status"/> (or the override), traced to the applied controls that implement them.</summary>
    public static StatementOfApplicability Soa(
        IEnumerable<AppliedControl> controls,
        ImplementationStatus status,
        SoaVersion? version,
        IReadOnlyDictionary<string, ImplementationStatus>? overrides,
        params (string Control, ExclusionReason Reason, string Justification)[] exclusions)
    {
        var byControl = controls.SelectMany(c => c.Implements.Select(i => (Catalog: i, Applied: c.Id))).ToLookup(x => x.Catalog, x => x.Applied);
        var excluded = exclusions.ToDictionary(e => e.Control, StringComparer.Ordinal);
        var decisions = AnnexA.Iso27001_2022.Controls.Select(c =>
            excluded.TryGetValue(c.Id.Value, out var e)
                ? SoaDecision.Exclude(c.Id, e.Reason, e.Justification)
                : SoaDecision.Include(c.Id, overrides is not null && overrides.TryGetValue(c.Id.Value, out var s) ? s : status, InclusionReason.RiskTreatment, InclusionReason.BestPractice) with
                {
                    AppliedControls = [.. byControl[c.Id]],
                    Evidence = byControl[c.Id].Any() ? [new EvidenceReference { Description = "Control operation records for " + c.Id.Value }] : [],
                });
        return new StatementOfApplicability(AnnexA.Iso27001_2022, decisions, version);
    }
}
