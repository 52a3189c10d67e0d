using System.Globalization;

namespace Isms.Core.Controls;

/// <summary>
/// How an applied control reduces risk, in levels of the organisation's scales: e.g. MFA lowers likelihood by 2,
/// backups lower consequence by 1. Isms.Risk derives residual risk from these (never below level 1, never above
/// inherent). Both reductions are at least 0.
/// <para>ISO/IEC 27001:2022 clause 6.1.3 b (controls necessary to implement the treatment); ISO/IEC 27005:2022 8.4.</para>
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
public readonly record struct ControlEffect
{
    /// <summary>Creates an effect.</summary>
    /// <param name="likelihoodReduction">Levels of likelihood removed, at least 0.</param>
    /// <param name="consequenceReduction">Levels of consequence removed, at least 0.</param>
    /// <exception cref="IsmsException">A reduction is negative (<c>ISMS-CORE-003</c>).</exception>
    public ControlEffect(int likelihoodReduction, int consequenceReduction)
    {
        LikelihoodReduction = Check.AtLeast(likelihoodReduction, 0, "ControlEffect.LikelihoodReduction");
        ConsequenceReduction = Check.AtLeast(consequenceReduction, 0, "ControlEffect.ConsequenceReduction");
    }

    /// <summary>No effect on risk (e.g. a documentation control).</summary>
    public static ControlEffect None => default;

    /// <summary>Levels of likelihood removed.</summary>
    public int LikelihoodReduction { get; }

    /// <summary>Levels of consequence removed.</summary>
    public int ConsequenceReduction { get; }

    /// <summary>Returns e.g. <c>L-2 C-0</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"L-{LikelihoodReduction} C-{ConsequenceReduction}");
}
