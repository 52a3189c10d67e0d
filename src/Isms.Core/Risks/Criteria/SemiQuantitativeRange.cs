namespace Isms.Core.Risks.Criteria;

/// <summary>
/// The band of a semi-quantitative scale a level stands for, both ends included: e.g. <c>80-95</c> for
/// <c>High</c> on the 0-100 scale of NIST SP 800-30 Rev. 1 (Tables G-2, H-3, I-3).
/// </summary>
/// <param name="Low">The lowest value of the band.</param>
/// <param name="High">The highest value of the band (at least <paramref name="Low"/>).</param>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct SemiQuantitativeRange(double Low, double High)
{
    /// <summary>True when <paramref name="value"/> lies in the band, both ends included.</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>Returns the band as <c>Low-High</c>, e.g. <c>80-95</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Low}-{High}");
}
