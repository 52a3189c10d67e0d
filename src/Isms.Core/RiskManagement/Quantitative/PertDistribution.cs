namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// A PERT estimate: minimum, most likely and maximum, with a shape (default 4) that weights the most likely value.
/// A Beta distribution scaled to [low, high]; see <see cref="PertVariant"/> for the two parameterisations.
/// </summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record PertDistribution : Distribution
{
    /// <summary>The shape most tools use, and Open FAIR's default.</summary>
    public const double DefaultShape = 4.0;

    /// <summary>Creates a PERT estimate.</summary>
    /// <param name="low">The minimum; finite.</param>
    /// <param name="mode">The most likely value; within [low, high].</param>
    /// <param name="high">The maximum; not below low.</param>
    /// <param name="shape">The weight of the mode (lambda, sometimes called gamma); positive, default 4.</param>
    /// <param name="variant">The textbook form (default) or the moment-matched form.</param>
    /// <exception cref="IsmsException">
    /// <c>ISMS-FAIR-001</c> a number is not finite; <c>002</c> low above high; <c>003</c> mode outside [low, high];
    /// <c>004</c> shape not positive.
    /// </exception>
    public PertDistribution(double low, double mode, double high, double shape = DefaultShape, PertVariant variant = PertVariant.Textbook)
    {
        Low = Finite(low, "PERT", "low");
        Mode = Finite(mode, "PERT", "mode");
        High = Finite(high, "PERT", "high");
        Shape = Finite(shape, "PERT", "shape");
        Ordered(low, high, "PERT");
        if (mode < low || mode > high)
        {
            throw Fault.Of(FairErrorCodes.ModeOutsideRange, $"PERT mode {F(mode)} is outside [{F(low)}, {F(high)}].", "PERT", member: "mode", value: F(mode));
        }

        if (shape <= 0)
        {
            throw Fault.Of(FairErrorCodes.InvalidParameter, $"PERT shape {F(shape)} must be positive.", "PERT", member: "shape", value: F(shape));
        }

        if (!Enum.IsDefined(variant))
        {
            throw Fault.Of(FairErrorCodes.InvalidParameter, $"PERT variant {variant} is not defined.", "PERT", member: "variant", value: variant.ToString());
        }

        Variant = variant;
        var range = high - low;
        if (range == 0)
        {
            Alpha = 1;
            Beta = 1;
        }
        else if (variant == PertVariant.Textbook)
        {
            Alpha = 1 + (shape * (mode - low) / range);
            Beta = 1 + (shape * (high - mode) / range);
        }
        else
        {
            var m = (((low + (shape * mode) + high) / (shape + 2)) - low) / range;
            var variance = 1.0 / ((shape + 2) * (shape + 2));
            var common = (m * (1 - m) / variance) - 1;
            Alpha = m * common;
            Beta = (1 - m) * common;
        }
    }

    /// <summary>The minimum.</summary>
    public double Low { get; }

    /// <summary>The most likely value.</summary>
    public double Mode { get; }

    /// <summary>The maximum.</summary>
    public double High { get; }

    /// <summary>The weight of the mode (default 4).</summary>
    public double Shape { get; }

    /// <summary>The parameterisation.</summary>
    public PertVariant Variant { get; }

    /// <summary>The first Beta shape parameter on [low, high].</summary>
    public double Alpha { get; }

    /// <summary>The second Beta shape parameter on [low, high].</summary>
    public double Beta { get; }

    /// <inheritdoc/>
    public override DistributionKind Kind => DistributionKind.Pert;

    /// <inheritdoc/>
    public override double Minimum => Low;

    /// <inheritdoc/>
    public override double Maximum => High;

    /// <summary>The mean: low + (high - low) alpha / (alpha + beta); for the textbook form, (low + shape mode + high) / (shape + 2).</summary>
    public override double Mean => High == Low ? Low : Low + ((High - Low) * Alpha / (Alpha + Beta));

    /// <inheritdoc/>
    public override string Describe() =>
        Shape == DefaultShape && Variant == PertVariant.Textbook
            ? $"PERT({F(Low)}, {F(Mode)}, {F(High)})"
            : $"PERT({F(Low)}, {F(Mode)}, {F(High)}, shape {F(Shape)}, {Variant})";
}
