using Ardalis.GuardClauses;

namespace Isms.Certification.AuditTime;

/// <summary>
/// Calculates ISMS audit time: the table figure for the headcount, adjusted for business and IT complexity (each
/// bounded), split into Stage 1 and Stage 2, with surveillance about one third and recertification about two thirds
/// of the initial audit time (IAF MD 5 convention), rounded to half days.
/// </summary>
/// <remarks>
/// <para>ISO/IEC 27006:2015 clause 9.1.4 and Annex B; ISO/IEC 27006-1:2024 clause 9.1.4 and Annex C; IAF MD 5.</para>
/// <para>The complexity matrix (IT complexity by business complexity: from -30% for low/low to +20% for high/high) is the
/// library's default modelled on the ISO/IEC 27006 factors; supply <see cref="ComplexityAdjustments"/> to use your own.</para>
/// </remarks>
/// <threadsafety>Configure with <c>init</c> properties, then the instance is immutable and safe to share between threads.</threadsafety>
public sealed class AuditTimeCalculator
{
    /// <summary>The library's default adjustment in percent, indexed [IT complexity, business complexity].</summary>
    private static readonly decimal[,] DefaultAdjustments =
    {
        { -30m, -10m, 0m },
        { -10m, 0m, 10m },
        { 0m, 10m, 20m },
    };

    private readonly decimal[,] _adjustments = DefaultAdjustments;

    /// <summary>Creates a calculator over <paramref name="table"/> (<see cref="AuditTimeTable.Iso27006"/> when null).</summary>
    /// <param name="table">The audit-time table.</param>
    public AuditTimeCalculator(AuditTimeTable? table = null)
    {
        Table = table ?? AuditTimeTable.Iso27006;
    }

    /// <summary>The lowest total adjustment: -30 percent (an audit is never cut by more than 30%, IAF MD 5 principle).</summary>
    public const decimal MinAdjustmentPercent = -30m;

    /// <summary>The highest total adjustment: +50 percent.</summary>
    public const decimal MaxAdjustmentPercent = 50m;

    /// <summary>The table used.</summary>
    public AuditTimeTable Table { get; }

    /// <summary>The Stage 1 share of the initial audit time. Default 0.3; 0.1 to 0.5.</summary>
    public decimal Stage1Share { get; init; } = 0.3m;

    /// <summary>
    /// The complexity adjustments in percent, indexed [IT complexity, business complexity] (3 by 3, each between -30
    /// and +30). Default: -30 (low/low) to +20 (high/high), 0 for medium/medium.
    /// </summary>
    public decimal[,] ComplexityAdjustments
    {
        get => (decimal[,])_adjustments.Clone();
        init
        {
            Guard.Against.Null(value);
            if (value.GetLength(0) != 3 || value.GetLength(1) != 3)
            {
                throw Require.Fail(
                    CertificationErrorCodes.InvalidAuditTimeRequest,
                    nameof(AuditTimeCalculator),
                    nameof(ComplexityAdjustments),
                    $"{value.GetLength(0)}x{value.GetLength(1)}",
                    $"ComplexityAdjustments must be 3 by 3, was {value.GetLength(0)} by {value.GetLength(1)}.");
            }

            for (var it = 0; it < 3; it++)
            {
                for (var business = 0; business < 3; business++)
                {
                    var v = value[it, business];
                    if (v is < -30m or > 30m)
                    {
                        throw Require.Fail(
                            CertificationErrorCodes.InvalidAuditTimeRequest,
                            nameof(AuditTimeCalculator),
                            $"{nameof(ComplexityAdjustments)}[{it},{business}]",
                            v.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            $"ComplexityAdjustments: each value must be between -30 and 30 percent, was {v} at [{it},{business}].");
                    }
                }
            }

            _adjustments = (decimal[,])value.Clone();
        }
    }

    /// <summary>Calculates the audit time.</summary>
    /// <param name="persons">Persons doing work under the organisation's control (positive).</param>
    /// <param name="business">Business complexity.</param>
    /// <param name="it">IT complexity.</param>
    /// <param name="additionalPercent">A further adjustment for other factors (e.g. outsourcing, regulation), -10 to +20 percent.</param>
    /// <exception cref="CertificationException">Zero or negative persons, or a factor out of bounds (<c>ISMS-CERT-007</c>), naming the field.</exception>
    public AuditTimeEstimate Calculate(int persons, ComplexityLevel business = ComplexityLevel.Medium, ComplexityLevel it = ComplexityLevel.Medium, decimal additionalPercent = 0m)
    {
        const string Code = CertificationErrorCodes.InvalidAuditTimeRequest;
        if (persons <= 0)
        {
            throw Require.Fail(Code, nameof(AuditTimeCalculator), nameof(persons), Text(persons), $"Audit time: persons must be positive, was {Text(persons)}.");
        }

        Require.Defined(business, Code, nameof(AuditTimeCalculator), nameof(business));
        Require.Defined(it, Code, nameof(AuditTimeCalculator), nameof(it));
        if (additionalPercent is < -10m or > 20m)
        {
            throw Require.Fail(Code, nameof(AuditTimeCalculator), nameof(additionalPercent), Text(additionalPercent), $"Audit time: additionalPercent must be between -10 and 20, was {Text(additionalPercent)}.");
        }

        if (Stage1Share is < 0.1m or > 0.5m)
        {
            throw Require.Fail(Code, nameof(AuditTimeCalculator), nameof(Stage1Share), Text(Stage1Share), $"Audit time: Stage1Share must be between 0.1 and 0.5, was {Text(Stage1Share)}.");
        }

        var table = Table.InitialAuditorDays(persons);
        var adjustment = Math.Clamp(_adjustments[(int)it, (int)business] + additionalPercent, MinAdjustmentPercent, MaxAdjustmentPercent);
        var initial = Math.Max(1m, HalfDays(table * (100m + adjustment) / 100m));
        var stage1 = Math.Max(0.5m, HalfDays(initial * Stage1Share));
        var surveillance = Math.Max(1m, HalfDays(initial / 3m));
        var recertification = Math.Max(1m, HalfDays(initial * 2m / 3m));
        return new AuditTimeEstimate(persons, table, adjustment, initial, stage1, initial - stage1, surveillance, recertification, Table.Source);
    }

    private static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Rounds to the nearest half day, halves away from zero.</summary>
    /// <param name="days">Auditor-days.</param>
    public static decimal HalfDays(decimal days) => Math.Round(days * 2m, MidpointRounding.AwayFromZero) / 2m;
}
