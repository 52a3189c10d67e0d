using System.Globalization;

namespace Isms.Core.Controls;

/// <summary>
/// A percentage from 0 to 100 inclusive, e.g. a control's measured effectiveness. Validated: NaN, infinities and
/// values outside [0, 100] are rejected.
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct Percentage : IComparable<Percentage>
{
    /// <summary>Creates a percentage.</summary>
    /// <param name="value">The value, 0 to 100.</param>
    /// <exception cref="IsmsException">The value is not a finite number in [0, 100] (<c>ISMS-CORE-003</c>).</exception>
    public Percentage(double value)
    {
        if (!double.IsFinite(value) || value < 0 || value > 100)
        {
            throw Fault.Of(
                IsmsErrorCodes.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"Percentage must be between 0 and 100 (was {value})."),
                nameof(Percentage),
                value: value.ToString(CultureInfo.InvariantCulture));
        }

        Value = value;
    }

    /// <summary>0 %.</summary>
    public static Percentage Zero => default;

    /// <summary>100 %.</summary>
    public static Percentage Full { get; } = new(100);

    /// <summary>The value, 0 to 100.</summary>
    public double Value { get; }

    /// <summary>The value as a fraction, 0 to 1.</summary>
    public double Fraction => Value / 100.0;

    /// <summary>Creates a percentage from a fraction (0.85 = 85 %).</summary>
    /// <param name="fraction">The fraction, 0 to 1.</param>
    /// <exception cref="IsmsException">The fraction is outside [0, 1].</exception>
    public static Percentage FromFraction(double fraction) => new(fraction * 100.0);

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <summary>True when <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Percentage left, Percentage right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Percentage left, Percentage right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(Percentage left, Percentage right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(Percentage left, Percentage right) => left.CompareTo(right) >= 0;

    /// <summary>Returns e.g. <c>85%</c>.</summary>
    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
