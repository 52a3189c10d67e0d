using System.Reflection;
using System.Runtime.CompilerServices;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;
using Isms.Core.Controls;
using Isms.Core.Monitoring;
using Isms.Core.Organisation;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

/// <summary>
/// Refusals that name their member (numbers below their minimum, dates out of order, a relative web address), the
/// ISO/IEC 27002 attribute checks, and the views and texts of SoAs, transitions, registers and per-criterion
/// assessments.
/// </summary>
public sealed class MoreModelRulesTests
{
    private static (string Code, string? Kind, string? Member) Error(Action action)
    {
        var thrown = Record.Exception(action);
        var error = Assert.IsType<IsmsException>(thrown is TargetInvocationException t ? t.InnerException : thrown);
        return (error.Code, error.Error.EntityKind, error.Member);
    }

    private static Action Init<T>(string property, object? value) => () =>
        typeof(T).GetProperty(property)!.SetValue(RuntimeHelpers.GetUninitializedObject(typeof(T)), value);

    [Fact]
    public void Numbers_below_their_minimum_are_refused_naming_the_member()
    {
        Assert.Equal((IsmsErrorCodes.OutOfRange, "OrganisationProfile", "PersonsDoingWork"), Error(Init<OrganisationProfile>(nameof(OrganisationProfile.PersonsDoingWork), 0)));
        Assert.Equal((IsmsErrorCodes.OutOfRange, "Site", "Persons"), Error(Init<Site>(nameof(Site.Persons), -1)));
        Assert.Equal((IsmsErrorCodes.OutOfRange, "ControlTest", "SampleSize"), Error(Init<ControlTest>(nameof(ControlTest.SampleSize), 0)));
        Assert.Equal((IsmsErrorCodes.OutOfRange, "ControlTestResult", "SampleTested"), Error(Init<ControlTestResult>(nameof(ControlTestResult.SampleTested), -1)));
        Assert.Equal((IsmsErrorCodes.OutOfRange, "RecurrenceSchedule", "GraceDays"), Error(Init<RecurrenceSchedule>(nameof(RecurrenceSchedule.GraceDays), -1)));
        Assert.Equal((IsmsErrorCodes.OutOfRange, "ControlEffect", "LikelihoodReduction"), Error(() => _ = new ControlEffect(-1, 0)));
        Assert.Equal((IsmsErrorCodes.OutOfRange, "ControlEffect", "ConsequenceReduction"), Error(() => _ = new ControlEffect(0, -1)));
    }

    [Fact]
    public void Zero_is_a_valid_site_headcount_and_control_effect()
    {
        var site = new Site { Id = new SiteId("S"), Name = "S", Address = "A", Persons = 0 };

        Assert.Equal(0, site.Persons);
        Assert.Equal(new ControlEffect(0, 0), default);
    }

    [Fact]
    public void Evidence_collectors_and_periods_name_the_member_they_refuse()
    {
        Assert.Equal((IsmsErrorCodes.InvalidId, "EvidenceCollector", "Person"), Error(() => EvidenceCollector.ByPerson(default)));
        Assert.Equal((IsmsErrorCodes.RequiredText, "EvidenceCollector", "Tool"), Error(() => EvidenceCollector.Automated(" ", "1.0")));
        Assert.Equal((IsmsErrorCodes.RequiredText, "EvidenceCollector", "ToolVersion"), Error(() => EvidenceCollector.Automated("scanner", "")));
        Assert.Equal((IsmsErrorCodes.DateOrder, "EvidencePeriod", "End"), Error(() => _ = new EvidencePeriod(TestIsms.Today, TestIsms.Today.PlusDays(-1))));
        Assert.True(new EvidencePeriod(TestIsms.Today, TestIsms.Today).Contains(TestIsms.Today));
    }

    [Fact]
    public void A_website_must_be_an_absolute_address_and_a_contact_is_required()
    {
        Assert.Equal((IsmsErrorCodes.OutOfRange, "OrganisationProfile", "Website"), Error(Init<OrganisationProfile>(nameof(OrganisationProfile.Website), new Uri("/about", UriKind.Relative))));
        Assert.Equal((IsmsErrorCodes.RequiredText, "OrganisationProfile", "Contact"), Error(Init<OrganisationProfile>(nameof(OrganisationProfile.Contact), null)));

        var profile = TestIsms.Profile() with { Website = new Uri("https://example.test/") };
        Assert.Equal(new Uri("https://example.test/"), profile.Website);
        Assert.Null((profile with { Website = null }).Website);
    }

    [Fact]
    public void Attributes_need_a_value_of_each_type_and_only_values_the_standard_defines()
    {
        static Iso27002Attributes Make(OperationalCapabilities capabilities, ControlTypes types = ControlTypes.Preventive) =>
            new(types, InformationSecurityProperties.Integrity, CybersecurityConcepts.Protect, capabilities, SecurityDomains.Protection);

        var none = Assert.Throws<IsmsException>(() => Make(OperationalCapabilities.Continuity, ControlTypes.None));
        var undefined = Assert.Throws<IsmsException>(() => Make((OperationalCapabilities)(1 << 15)));

        Assert.Equal((CatalogErrorCodes.InvalidAttributes, "controlTypes", null), (none.Code, none.Member, none.Value));
        Assert.Equal((CatalogErrorCodes.InvalidAttributes, "capabilities", "32768"), (undefined.Code, undefined.Member, undefined.Value));
        Assert.Equal(OperationalCapabilities.InformationSecurityAssurance, Make(OperationalCapabilities.InformationSecurityAssurance).Capabilities);
        Assert.Equal(
            "#Preventive #Detective | #Integrity | #Protect | #Continuity #Legal_and_compliance | #Protection",
            Make(OperationalCapabilities.Continuity | OperationalCapabilities.LegalAndCompliance, ControlTypes.Preventive | ControlTypes.Detective).ToString());
        Assert.Throws<ArgumentNullException>(() => Make(OperationalCapabilities.Continuity).Matches(null!));
    }

    [Fact]
    public void A_soa_decision_needs_a_control()
    {
        Assert.Equal((IsmsErrorCodes.InvalidId, "SoaDecision", "Control"), Error(Init<SoaDecision>(nameof(SoaDecision.Control), default(ControlId))));
    }

    [Fact]
    public void Annex_a_themes_outside_the_enumeration_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnexA.ByTheme((Iso27001Theme)42));
    }

    [Fact]
    public void Transitions_treat_unset_lists_as_empty_and_print_a_summary()
    {
        var control = new CatalogControl(new ControlId("8.8"), "Technological", "Management of technical vulnerabilities");
        var carried = new TransitionedControl(control, [new ControlId("A.12.6.1")], [new ControlId("A.12.6.1"), new ControlId("A.18.2.3")]);
        var empty = new CatalogTransition(default, default, default);
        var unset = new TransitionedControl(control, default, default);

        Assert.Equal((0, 0, 0, 0), (empty.Applicable.Length, empty.PreviouslyNotApplicable.Length, empty.WithoutPredecessor.Length, empty.NeedingFreshDecision.Length));
        Assert.Equal((0, 0), (unset.ApplicableSources.Length, unset.AllSources.Length));
        Assert.Equal("8.8 <- A.12.6.1 (of 2)", carried.ToString());
    }

    [Fact]
    public void A_soa_lists_its_exclusions_prints_its_state_and_diffs_by_decision()
    {
        var approved = TestIsms.CompleteSoa(new SoaVersion { Version = "2.1", ApprovedBy = TestIsms.Cto, ApprovedOn = TestIsms.Today });
        var draft = approved.WithVersion(null);

        Assert.Equal(["7.4"], approved.Excluded.Select(d => d.Control.Value));
        Assert.Equal("SoA test-catalog v2.1: 6/6 decided", approved.ToString());
        Assert.Equal("SoA test-catalog draft: 5/6 decided", draft.WithoutDecision(new ControlId("5.1")).ToString());

        var same = SoaDiff.Between(approved, draft);
        Assert.True(same.IsEmpty);

        var included = draft.WithDecision(SoaDecision.Include(new ControlId("7.4"), ImplementationStatus.Planned, InclusionReason.BestPractice));
        var change = Assert.Single(SoaDiff.Between(draft, included).Changed);
        Assert.False(SoaDiff.Between(draft, included).IsEmpty);
        Assert.True(change.ApplicabilityChanged);
        Assert.False(Assert.Single(SoaDiff.Between(approved, approved.WithDecision(approved.Decisions[0] with { Status = ImplementationStatus.Planned })).Changed).ApplicabilityChanged);
        Assert.False(SoaDiff.Between(draft, draft.WithoutDecision(new ControlId("5.1"))).IsEmpty);
        Assert.False(SoaDiff.Between(draft.WithoutDecision(new ControlId("5.1")), draft).IsEmpty);
    }

    [Fact]
    public void A_per_criterion_assessment_keeps_each_criterion_and_combines_them()
    {
        CriterionConsequence[] consequences =
        [
            new(ConsequenceCriterion.Confidentiality, new ConsequenceLevel(2)),
            new(ConsequenceCriterion.Integrity, new ConsequenceLevel(4)),
            new(ConsequenceCriterion.Availability, new ConsequenceLevel(3)),
        ];

        var worst = RiskAssessment.PerCriterion(new LikelihoodLevel(2), consequences, TestIsms.Today);
        var mean = RiskAssessment.PerCriterion(new LikelihoodLevel(2), consequences, TestIsms.Today, ConsequenceCombination.MeanRoundedUp);

        Assert.Equal((new ConsequenceLevel(4), new ConsequenceLevel(3)), (worst.Consequence, mean.Consequence));
        Assert.Equal(consequences, worst.ByCriterion);
        Assert.Equal((new LikelihoodLevel(2), TestIsms.Today), (worst.Likelihood, worst.AssessedOn));
        Assert.Throws<ArgumentException>(() => RiskAssessment.PerCriterion(new LikelihoodLevel(2), [consequences[0], consequences[0] with { Level = new ConsequenceLevel(1) }], TestIsms.Today));
        Assert.Throws<ArgumentNullException>(() => RiskAssessment.PerCriterion(new LikelihoodLevel(2), null!, TestIsms.Today));
    }

    [Fact]
    public void A_risk_register_finds_the_risks_of_an_owner()
    {
        var isms = ReadyIsms.Builder().AddRisk(TestIsms.Risk("R2", "A1") with { Owner = TestIsms.Cto, AppliedControls = [new AppliedControlId("AC1")] }).Build();

        Assert.Equal(["R1"], isms.Risks.OwnedBy(TestIsms.Ciso).Select(r => r.Id.Value));
        Assert.Equal(["R2"], isms.Risks.OwnedBy(TestIsms.Cto).Select(r => r.Id.Value));
        Assert.Equal("RiskRegister (2)", isms.Risks.ToString());
        Assert.Contains("Test Ltd", isms.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_refuses_an_index_outside_it()
    {
        var register = Register<AssetId, Assets.Asset>.Of(TestIsms.Asset("A1"), TestIsms.Asset("A2"));

        Assert.Equal("A2", register[1].Id.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => register[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => register[-1]);
    }

    [Fact]
    public void A_catalog_set_refuses_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => ControlCatalogSet.Empty.Add((ControlCatalog)null!));
        Assert.Throws<ArgumentNullException>(() => ControlCatalogSet.Empty.Add((IControlCatalogProvider)null!));
        Assert.Throws<ArgumentNullException>(() => ControlCatalogSet.Empty.TryGet(null!, out _));
    }

    [Fact]
    public void An_applicable_decision_with_an_exclusion_is_refused_and_an_exclusion_needs_one()
    {
        var excluded = SoaDecision.Exclude(new ControlId("7.4"), ExclusionReason.ActivityNotPerformed, "No premises.");

        var contradictory = Assert.Throws<IsmsException>(() => new StatementOfApplicability(TestIsms.Catalog, [excluded with { Applicable = true }]));
        var unexplained = Assert.Throws<IsmsException>(() => new StatementOfApplicability(TestIsms.Catalog, [excluded with { Exclusion = null }]));

        Assert.Equal((IsmsErrorCodes.InvalidExclusion, "SoaDecision", "7.4", "Exclusion"), (contradictory.Code, contradictory.Error.EntityKind, contradictory.Error.EntityId, contradictory.Member));
        Assert.Equal((IsmsErrorCodes.InvalidExclusion, "7.4", "Exclusion"), (unexplained.Code, unexplained.Error.EntityId, unexplained.Member));
    }

    [Fact]
    public void Adding_an_entity_without_an_id_to_a_register_is_refused_naming_its_kind()
    {
        var unset = (Assets.Asset)RuntimeHelpers.GetUninitializedObject(typeof(Assets.Asset));

        var error = Assert.Throws<IsmsException>(() => Register<AssetId, Assets.Asset>.Of(TestIsms.Asset("A1")).Add(unset));

        Assert.Equal((IsmsErrorCodes.InvalidId, "Asset", "Id"), (error.Code, error.Error.EntityKind, error.Member));
    }

    [Fact]
    public void Classifications_and_findings_print_in_their_documented_form()
    {
        Assert.Equal("C:High I:Low A:Medium", new Assets.CiaClassification(Assets.SecurityLevel.High, Assets.SecurityLevel.Low, Assets.SecurityLevel.Medium).ToString());
        Assert.Equal(
            "[Minor] RDY-SUP-001 7.2 d: Evidence missing",
            new Isms.Core.Readiness.ReadinessFinding("RDY-SUP-001", Isms.Core.Readiness.ReadinessSeverity.Minor, Isms.Core.Readiness.ReadinessSection.Support, "7.2 d", "Evidence missing").ToString());
    }

    [Fact]
    public void An_expiring_risk_acceptance_is_a_dated_obligation_of_whoever_accepted_it()
    {
        var acceptance = new RiskAcceptance
        {
            AcceptedBy = TestIsms.Cto, AcceptedOn = TestIsms.Today.PlusMonths(-1), Rationale = "Within appetite", ExpiresOn = TestIsms.Today.PlusMonths(11),
            AcceptedAssessment = TestIsms.Assessment(2, 2),
        };
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with { Acceptance = acceptance });
        builder.AddRisk(TestIsms.Risk("R2", "A1") with { AppliedControls = [new AppliedControlId("AC1")], Acceptance = acceptance with { ExpiresOn = null } });

        var obligation = Assert.Single(Obligations.DatedObligations.Of(builder.Build()), o => o.Kind == Obligations.DatedObligationKind.RiskAcceptance);

        Assert.Equal(("R1", TestIsms.Today.PlusMonths(11), (PersonId?)TestIsms.Cto), (obligation.Reference, obligation.DueOn, obligation.Owner));
        Assert.Contains("'Risk R1'", obligation.Title, StringComparison.Ordinal);
    }
}
