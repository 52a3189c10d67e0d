using Isms.Cli.SampleData;
using Isms.Core.Readiness;
using NodaTime;

namespace Isms.Cli.Tests;

public sealed class SampleOrganisationTests
{
    private static readonly LocalDate Today = new(2026, 11, 28);

    [Fact]
    public void The_sample_is_a_mid_size_company_with_a_realistic_register()
    {
        var isms = SampleOrganisation.Create(Today);
        Assert.Equal(180, isms.Profile.PersonsDoingWork);
        Assert.Equal(3, isms.Profile.Sites.Count);
        Assert.InRange(isms.Assets.Count, 18, 25);
        Assert.InRange(isms.Risks.Count, 12, 20);
        Assert.Equal(5, isms.RiskCriteria.Matrix.Likelihood.Count);
        Assert.Equal(5, isms.RiskCriteria.Matrix.Consequence.Count);
        Assert.Equal(93, isms.StatementOfApplicability!.Catalog.Controls.Length);
        Assert.All(isms.AppliedControls, c => Assert.NotEmpty(c.Implements));
    }

    [Theory]
    [InlineData(RiskCodes.SoaUndecided)]
    [InlineData(RiskCodes.OwnerLeft)]
    [InlineData(RiskCodes.AcceptanceExpired)]
    [InlineData(RiskCodes.AcceptanceOutdated)]
    [InlineData(RiskCodes.Stale)]
    [InlineData(RiskCodes.Unowned)]
    [InlineData(RiskCodes.AuditorNotIndependent)]
    [InlineData(RiskCodes.ReviewInputsMissing)]
    [InlineData(RiskCodes.NoCorrectiveAction)]
    [InlineData(RiskCodes.ClimateChange)]
    [InlineData(RiskCodes.DraftDocument)]
    public void Readiness_finds_each_deliberate_gap_of_the_sample(string code)
    {
        var report = Isms.Cli.Commands.ReadinessVerb.Analyzer.Analyze(SampleOrganisation.Create(Today), Today);
        Assert.Contains(report.Findings, f => f.Code == code);
    }

    [Theory]
    [InlineData(2025, 1, 15)]
    [InlineData(2026, 11, 28)]
    [InlineData(2030, 6, 30)]
    public void The_sample_gives_the_same_findings_whatever_the_date(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        var codes = Isms.Cli.Commands.ReadinessVerb.Analyzer.Analyze(SampleOrganisation.Create(date), date).Findings.Select(f => f.Code).Order();
        var reference = Isms.Cli.Commands.ReadinessVerb.Analyzer.Analyze(SampleOrganisation.Create(Today), Today).Findings.Select(f => f.Code).Order();
        Assert.Equal(reference, codes);
    }

    private static class RiskCodes
    {
        public const string SoaUndecided = ReadinessCodes.SoaControlsUndecided;
        public const string OwnerLeft = ReadinessCodes.RiskOwnerInactive;
        public const string AcceptanceExpired = Isms.Risk.Scoring.RiskFindingCodes.AcceptanceExpired;
        public const string AcceptanceOutdated = Isms.Risk.Scoring.RiskFindingCodes.AcceptanceDoesNotMatch;
        public const string Stale = ReadinessCodes.RiskAssessmentStale;
        public const string Unowned = ReadinessCodes.TreatmentActionUnowned;
        public const string AuditorNotIndependent = ReadinessCodes.AuditorNotIndependent;
        public const string ReviewInputsMissing = ReadinessCodes.ManagementReviewInputsMissing;
        public const string NoCorrectiveAction = ReadinessCodes.NonconformityWithoutAction;
        public const string ClimateChange = ReadinessCodes.ClimateChangeNotDetermined;
        public const string DraftDocument = ReadinessCodes.MandatoryDocumentNotApproved;
    }
}
