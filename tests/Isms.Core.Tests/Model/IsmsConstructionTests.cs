using Isms.Core.Improvement;
using Isms.Core.RiskManagement;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

public class IsmsConstructionTests
{
    [Fact]
    public void A_minimal_ism_builds_and_round_trips_through_its_builder()
    {
        var isms = TestIsms.Builder().Build();
        Assert.Equal(2, isms.Assets.Count);
        Assert.Equal(isms, isms.ToBuilder().Build());
    }

    [Fact]
    public void A_risk_naming_an_unknown_asset_is_rejected_naming_the_field_and_value()
    {
        var builder = TestIsms.Builder().AddRisk(TestIsms.Risk("R2", "A404"));
        var error = Assert.Throws<IsmsException>(builder.Build);
        Assert.Equal(IsmsErrorCodes.DanglingReference, error.Code);
        Assert.Contains("R2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Assets", error.Message, StringComparison.Ordinal);
        Assert.Contains("A404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_an_asset_that_a_risk_still_names_fails_and_leaves_the_ism_unchanged()
    {
        var isms = TestIsms.Builder().Build();
        var before = isms.Assets;
        var error = Assert.Throws<IsmsException>(() => isms.With(b => b.Assets = b.Assets.Remove(new AssetId("A1"))));
        Assert.Equal(IsmsErrorCodes.DanglingReference, error.Code);
        Assert.Same(before, isms.Assets);
        Assert.Equal(2, isms.Assets.Count);
    }

    [Fact]
    public void An_asset_cannot_depend_on_itself()
    {
        var builder = TestIsms.Builder().AddAsset(TestIsms.Asset("A3", "A3"));
        Assert.Equal(IsmsErrorCodes.SelfReference, Assert.Throws<IsmsException>(builder.Build).Code);
    }

    [Fact]
    public void An_assessment_outside_the_criteria_scales_is_rejected()
    {
        var builder = TestIsms.Builder().AddRisk(TestIsms.Risk("R2") with { Residual = TestIsms.Assessment(6, 1) });
        var error = Assert.Throws<IsmsException>(builder.Build);
        Assert.Equal(IsmsErrorCodes.AssessmentOutsideScale, error.Code);
        Assert.Contains("Residual", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_soa_decision_linking_an_unknown_risk_is_rejected()
    {
        var soa = TestIsms.CompleteSoa();
        soa = soa.WithDecision(soa.Decisions[0] with { Risks = [new RiskId("R404")] });
        var error = Assert.Throws<IsmsException>(() => TestIsms.Builder().Build().With(b => b.StatementOfApplicability = soa));
        Assert.Equal(IsmsErrorCodes.DanglingReference, error.Code);
        Assert.Contains("R404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nonconformity_closes_only_after_effectiveness_is_verified()
    {
        var nonconformity = new Nonconformity
        {
            Id = new NonconformityId("NC1"),
            Description = "Access reviews not performed in Q2",
            Source = NonconformitySource.InternalAudit,
            RaisedOn = TestIsms.Today.PlusMonths(-3),
            Owner = TestIsms.Cto,
        };
        Assert.Equal(IsmsErrorCodes.ClosedWithoutVerification, Assert.Throws<IsmsException>(() => nonconformity.Close(TestIsms.Today)).Code);
        var forcedClosed = nonconformity with { ClosedOn = TestIsms.Today };
        var error = Assert.Throws<IsmsException>(() => TestIsms.Builder().AddNonconformity(forcedClosed).Build());
        Assert.Equal(IsmsErrorCodes.ClosedWithoutVerification, error.Code);

        var verified = nonconformity with
        {
            Verification = new EffectivenessVerification { VerifiedBy = TestIsms.Ciso, VerifiedOn = TestIsms.Today, Effective = true, Method = "Q3 reviews sampled" },
        };
        Assert.False(verified.Close(TestIsms.Today).IsOpen);
    }

    [Fact]
    public void A_missing_profile_is_reported()
    {
        var error = Assert.Throws<IsmsException>(() => new IsmsBuilder { RiskCriteria = TestIsms.Criteria }.Build());
        Assert.Contains("Profile", error.Message, StringComparison.Ordinal);
    }
}
