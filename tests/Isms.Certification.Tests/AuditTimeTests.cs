using Isms.Certification.Applications;
using Isms.Certification.AuditTime;

namespace Isms.Certification.Tests;

public sealed class AuditTimeTests
{
    private readonly AuditTimeCalculator _calculator = new();

    [Theory]
    [InlineData(1, 5)]
    [InlineData(10, 5)]
    [InlineData(11, 6)]
    [InlineData(25, 7)]
    [InlineData(26, 8.5)]
    [InlineData(50, 10)]
    [InlineData(85, 11)]
    [InlineData(125, 12)]
    [InlineData(175, 13)]
    [InlineData(180, 14)]
    [InlineData(425, 15)]
    [InlineData(625, 16.5)]
    [InlineData(875, 17.5)]
    [InlineData(1175, 18.5)]
    [InlineData(1176, 19.5)]
    [InlineData(2025, 21)]
    [InlineData(10700, 28)]
    [InlineData(10701, 29)]
    [InlineData(12900, 29)]
    [InlineData(12901, 30)]
    public void The_ISO_27006_table_gives_the_initial_audit_time_for_the_headcount(int persons, double days)
    {
        Assert.Equal((decimal)days, AuditTimeTable.Iso27006.InitialAuditorDays(persons));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Zero_or_negative_persons_is_an_error_naming_the_field(int persons)
    {
        var ex = Assert.Throws<CertificationException>(() => _calculator.Calculate(persons));

        Assert.Equal(CertificationErrorCodes.InvalidAuditTimeRequest, ex.Code);
        Assert.Equal("persons", ex.Member);
    }

    [Fact]
    public void Medium_complexity_keeps_the_table_figure_and_splits_stages_and_cycle_audits()
    {
        var estimate = _calculator.Calculate(180);

        Assert.Equal(14m, estimate.TableDays);
        Assert.Equal(14m, estimate.InitialDays);
        Assert.Equal(4m, estimate.Stage1Days);
        Assert.Equal(10m, estimate.Stage2Days);
        Assert.Equal(4.5m, estimate.SurveillanceDays);
        Assert.Equal(9.5m, estimate.RecertificationDays);
        Assert.Equal(estimate.InitialDays, estimate.Stage1Days + estimate.Stage2Days);
    }

    [Fact]
    public void Complexity_adjusts_within_bounds()
    {
        var low = _calculator.Calculate(180, ComplexityLevel.Low, ComplexityLevel.Low);
        var high = _calculator.Calculate(180, ComplexityLevel.High, ComplexityLevel.High, additionalPercent: 20m);

        Assert.Equal(-30m, low.AdjustmentPercent);
        Assert.Equal(10m, low.InitialDays);
        Assert.Equal(40m, high.AdjustmentPercent);
        Assert.Equal(19.5m, high.InitialDays);
    }

    [Fact]
    public void An_additional_adjustment_out_of_bounds_is_refused()
    {
        Assert.Throws<CertificationException>(() => _calculator.Calculate(50, additionalPercent: 25m));
        Assert.Throws<CertificationException>(() => new AuditTimeCalculator { ComplexityAdjustments = new decimal[3, 3] { { -40m, 0m, 0m }, { 0m, 0m, 0m }, { 0m, 0m, 0m } } });
    }

    [Fact]
    public void A_certification_body_can_supply_its_own_table()
    {
        var table = new AuditTimeTable("CB Ltd manual 4.2", [new(1, 50, 3m), new(51, 500, 9m)], 100);
        var calculator = new AuditTimeCalculator(table);

        Assert.Equal(9m, calculator.Calculate(60).InitialDays);
        Assert.Equal(11m, table.InitialAuditorDays(650));
        Assert.Equal("CB Ltd manual 4.2", calculator.Calculate(60).Source);
    }

    [Fact]
    public void A_table_with_a_gap_is_refused()
    {
        var ex = Assert.Throws<CertificationException>(() => new AuditTimeTable("bad", [new(1, 10, 3m), new(12, 20, 4m)], 10));

        Assert.Equal(CertificationErrorCodes.InvalidAuditTimeTable, ex.Code);
        Assert.Equal("Rows[1]", ex.Member);
    }

    [Fact]
    public void The_ISO_table_marks_the_rows_above_1175_persons_as_a_single_public_transcription()
    {
        Assert.All(AuditTimeTable.Iso27006.Rows, r => Assert.Equal(
            r.MaxPersons <= 1175 ? AuditTimeRowStatus.Verified : AuditTimeRowStatus.SinglePublicTranscription,
            r.Status));
        Assert.DoesNotContain(AuditTimeTable.Iso27006.Rows, r => r.Status == AuditTimeRowStatus.Unverified);
    }

    [Fact]
    public void The_ISO_table_above_1175_persons_matches_the_NIOSHCert_CAP_03_01_Table_9_transcription()
    {
        // Transcribed by hand from NIOSHCert CAP 03-01 Table 9 as published in the public GitHub repository
        // mrbai75/nioshcert-mandays (packages/database/scripts/data/isms-data.ts), checked on reading that source.
        (int Min, int Max, decimal Days)[] transcription =
        [
            (1176, 1550, 19.5m), (1551, 2025, 21m), (2026, 2675, 22m), (2676, 3450, 23m), (3451, 4350, 24m),
            (4351, 5450, 25m), (5451, 6800, 26m), (6801, 8500, 27m), (8501, 10700, 28m),
        ];

        Assert.Equal(transcription, AuditTimeTable.Iso27006.Rows.Where(r => r.MinPersons > 1175).Select(r => (r.MinPersons, r.MaxPersons, r.AuditorDays)));
    }

    [Fact]
    public void A_table_row_with_an_undefined_status_is_refused()
    {
        var ex = Assert.Throws<CertificationException>(() => new AuditTimeTable("CB", [new(1, 10, 3m, (AuditTimeRowStatus)9)], 10));

        Assert.Equal((CertificationErrorCodes.InvalidAuditTimeTable, "Rows[0].Status"), (ex.Code, ex.Member));
    }

    [Theory]
    [InlineData(1, AuditType.Initial, 1)]
    [InlineData(9, AuditType.Initial, 3)]
    [InlineData(10, AuditType.Initial, 4)]
    [InlineData(25, AuditType.Surveillance, 3)]
    [InlineData(26, AuditType.Surveillance, 4)]
    [InlineData(25, AuditType.Recertification, 4)]
    [InlineData(100, AuditType.Recertification, 8)]
    [InlineData(0, AuditType.Initial, 0)]
    public void Multi_site_sample_sizes_follow_IAF_MD_1(int sites, AuditType audit, int expected)
    {
        Assert.Equal(expected, MultiSiteSampling.SampleSize(sites, audit));
    }

    [Fact]
    public void A_sample_visits_the_central_function_and_at_least_a_quarter_at_random_reproducibly()
    {
        var sites = Enumerable.Range(1, 16).Select(i => new ApplicationSite($"Branch {i}", ["Retail"])).Prepend(new ApplicationSite("HQ", ["Management"], isCentralFunction: true)).ToList();

        var sample = MultiSiteSampling.Select(sites, AuditType.Initial, seed: 7);

        Assert.Equal("HQ", sample.CentralFunction!.Name);
        Assert.Equal(4, sample.SampleSize);
        Assert.Equal(1, sample.MinimumRandom);
        Assert.Equal(4, sample.Sites.Length);
        Assert.DoesNotContain(sample.Sites, s => s.IsCentralFunction);
        Assert.Equal(sample.Sites, MultiSiteSampling.Select(sites, AuditType.Initial, seed: 7).Sites);
    }
}
