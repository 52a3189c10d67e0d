using Isms.Certification.AuditTime;

namespace Isms.Certification.Tests;

/// <summary>
/// A certification body's own audit-time table and adjustments (ISO/IEC 27006 lets a CB document its own): a table is
/// contiguous from 1 person with non-decreasing days, and every option is refused outside its range with the member named.
/// </summary>
public sealed class AuditTimeTableTests
{
    private static AuditTimeTable Table(params AuditTimeRow[] rows) => new("CB table 2026", rows, 100);

    private static CertificationException Refused(Action make) => Assert.Throws<CertificationException>(make);

    [Fact]
    public void A_contiguous_table_from_one_person_with_non_decreasing_days_is_accepted_and_answers_each_band()
    {
        var table = Table(new(1, 10, 4m), new(11, 20, 4m), new(21, 50, 6.5m));

        Assert.Equal("CB table 2026", table.Source);
        Assert.Equal(4m, table.InitialAuditorDays(1));
        Assert.Equal(4m, table.InitialAuditorDays(20));
        Assert.Equal(6.5m, table.InitialAuditorDays(21));
        Assert.Equal(new AuditTimeRow(11, 20, 4m), table.RowFor(11));
        Assert.Equal(new AuditTimeRow(11, 20, 4m), table.RowFor(20));
        Assert.Null(table.RowFor(51));
        Assert.Null(table.RowFor(0));
    }

    [Fact]
    public void Above_the_table_each_started_group_of_persons_adds_a_day()
    {
        var table = Table(new AuditTimeRow(1, 10, 4m));

        Assert.Equal(5m, table.InitialAuditorDays(11));
        Assert.Equal(5m, table.InitialAuditorDays(110));
        Assert.Equal(6m, table.InitialAuditorDays(111));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_table_answers_only_for_a_positive_number_of_persons(int persons)
    {
        var ex = Refused(() => AuditTimeTable.Iso27006.InitialAuditorDays(persons));

        Assert.Equal((CertificationErrorCodes.InvalidAuditTimeRequest, "persons"), (ex.Code, ex.Member));
    }

    [Fact]
    public void A_table_must_start_at_one_person()
    {
        Assert.Equal("Rows[0]", Refused(() => Table(new AuditTimeRow(2, 10, 4m))).Member);
        Assert.Equal("Rows[0]", Refused(() => Table()).Member);
        Assert.Equal("Rows[0]", Refused(() => Table(new AuditTimeRow[] { null! })).Member);
    }

    [Fact]
    public void A_missing_row_is_refused_at_its_index()
    {
        var ex = Refused(() => Table(new(1, 10, 4m), null!));

        Assert.Equal((CertificationErrorCodes.InvalidAuditTimeTable, "Rows[1]"), (ex.Code, ex.Member));
    }

    [Fact]
    public void A_row_must_span_at_least_one_person_and_give_positive_days()
    {
        Table(new AuditTimeRow(1, 1, 0.5m));

        Assert.Equal("Rows[0]", Refused(() => Table(new AuditTimeRow(1, 0, 4m))).Member);
        Assert.Equal("Rows[1]", Refused(() => Table(new(1, 10, 4m), new(11, 20, 0m))).Member);
        Assert.Equal("Rows[0]", Refused(() => Table(new AuditTimeRow(1, 10, -1m))).Member);
    }

    [Fact]
    public void Rows_must_follow_one_another_without_a_gap_or_overlap_and_never_lose_days()
    {
        Assert.Equal("Rows[1]", Refused(() => Table(new(1, 10, 4m), new(12, 20, 5m))).Member);
        Assert.Equal("Rows[1]", Refused(() => Table(new(1, 10, 4m), new(10, 20, 5m))).Member);
        Assert.Equal("Rows[2]", Refused(() => Table(new(1, 10, 4m), new(11, 20, 5m), new(21, 30, 4.5m))).Member);
    }

    [Fact]
    public void A_row_status_must_be_defined()
    {
        var ex = Refused(() => Table(new AuditTimeRow(1, 10, 4m, (AuditTimeRowStatus)9)));

        Assert.Equal(("Rows[0].Status", "9"), (ex.Member, ex.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void The_persons_per_extra_day_above_the_table_must_be_positive(int persons)
    {
        var ex = Refused(() => new AuditTimeTable("CB", [new(1, 10, 4m)], persons));

        Assert.Equal((nameof(AuditTimeTable.PersonsPerExtraDayAboveTable), persons.ToString(System.Globalization.CultureInfo.InvariantCulture)), (ex.Member, ex.Value));
        Assert.Equal(1, new AuditTimeTable("CB", [new(1, 10, 4m)], 1).PersonsPerExtraDayAboveTable);
    }

    [Fact]
    public void A_calculator_over_a_CB_table_uses_it_and_names_its_source()
    {
        var estimate = new AuditTimeCalculator(Table(new AuditTimeRow(1, 10, 4m))).Calculate(5);

        Assert.Equal((4m, "CB table 2026"), (estimate.TableDays, estimate.Source));
    }

    [Fact]
    public void Complexity_adjustments_must_be_3_by_3()
    {
        var ex = Refused(() => _ = new AuditTimeCalculator { ComplexityAdjustments = new decimal[3, 2] });
        var rows = Refused(() => _ = new AuditTimeCalculator { ComplexityAdjustments = new decimal[2, 3] });

        Assert.Equal((nameof(AuditTimeCalculator.ComplexityAdjustments), "3x2"), (ex.Member, ex.Value));
        Assert.Equal("2x3", rows.Value);
    }

    [Theory]
    [InlineData(0, 0, -30.5)]
    [InlineData(2, 2, 30.5)]
    [InlineData(1, 2, 31)]
    public void Each_complexity_adjustment_is_between_minus_and_plus_30_percent(int it, int business, double value)
    {
        var adjustments = new decimal[3, 3];
        adjustments[it, business] = (decimal)value;

        var ex = Refused(() => _ = new AuditTimeCalculator { ComplexityAdjustments = adjustments });

        Assert.Equal($"ComplexityAdjustments[{it},{business}]", ex.Member);
    }

    [Fact]
    public void Adjustments_of_exactly_30_percent_either_way_are_allowed_and_used_by_it_and_business_complexity()
    {
        var adjustments = new decimal[3, 3];
        adjustments[0, 0] = -30m;
        adjustments[2, 0] = 30m;
        adjustments[0, 2] = 20m;
        var calculator = new AuditTimeCalculator { ComplexityAdjustments = adjustments };

        Assert.Equal(-30m, calculator.Calculate(100, ComplexityLevel.Low, ComplexityLevel.Low).AdjustmentPercent);
        Assert.Equal(30m, calculator.Calculate(100, ComplexityLevel.Low, ComplexityLevel.High).AdjustmentPercent);
        Assert.Equal(20m, calculator.Calculate(100, ComplexityLevel.High, ComplexityLevel.Low).AdjustmentPercent);
        Assert.Equal(adjustments, calculator.ComplexityAdjustments);
    }

    [Theory]
    [InlineData(0.09)]
    [InlineData(0.51)]
    public void The_stage_1_share_is_between_10_and_50_percent(double share)
    {
        var ex = Refused(() => new AuditTimeCalculator { Stage1Share = (decimal)share }.Calculate(50));

        Assert.Equal(nameof(AuditTimeCalculator.Stage1Share), ex.Member);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void A_stage_1_share_at_either_end_is_used(double share)
    {
        var estimate = new AuditTimeCalculator { Stage1Share = (decimal)share }.Calculate(50);

        Assert.Equal(AuditTimeCalculator.HalfDays(estimate.InitialDays * (decimal)share), estimate.Stage1Days);
        Assert.Equal(estimate.InitialDays, estimate.Stage1Days + estimate.Stage2Days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void The_calculator_needs_a_positive_number_of_persons(int persons)
    {
        var ex = Refused(() => new AuditTimeCalculator().Calculate(persons));

        Assert.Equal((nameof(AuditTimeCalculator), "persons"), (ex.EntityKind, ex.Member));
    }
}
