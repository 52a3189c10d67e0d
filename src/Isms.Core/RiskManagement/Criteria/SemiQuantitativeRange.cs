namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// The band of a semi-quantitative scale a level stands for, both ends included: e.g. <c>80-95</c> for
/// <c>High</c> on the 0-100 scale of NIST SP 800-30 Rev. 1 (Tables G-2, H-3, I-3).
/// </summary>
/// <param name="Low">The lowest value of the band.</param>
/// <param name="High">The highest value of the band (at least <paramref name="Low"/>).</param>
/// <remarks>Both ends are finite numbers and <c>Low &lt;= High</c>: a band is data that must be storable as JSON.</remarks>
/// <exception cref="ArgumentException">An end is NaN or infinite, or <paramref name="High"/> is below <paramref name="Low"/>.</exception>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct SemiQuantitativeRange(double Low, double High)
{
    /// <summary>The lowest value of the band (finite).</summary>
    public double Low { get; init => field = Finite(value, nameof(Low)); } = Finite(Low, nameof(Low));

    /// <summary>The highest value of the band (finite, at least <see cref="Low"/>).</summary>
    public double High { get; init => field = Finite(value, nameof(High)); } = Ordered(Low, Finite(High, nameof(High)));

    /// <summary>True when <paramref name="value"/> lies in the band, both ends included.</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>Returns the band as <c>Low-High</c>, e.g. <c>80-95</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Low}-{High}");

    private static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A semi-quantitative range's {name} must be a finite number (was {value})."), name);

    private static double Ordered(double low, double high) =>
        high >= low ? high : throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A semi-quantitative range's High ({high}) must not be below its Low ({low})."), nameof(High));
}
