using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Scoring;

/// <summary>
/// One risk as the scoring kernel scored it: inherent, current and residual levels, the current and residual cells,
/// the evaluation and the flags. 10 bytes, no references. An input the kernel could not score gives levels and cells
/// of 0, <see cref="RiskEvaluation.None"/> and <see cref="RiskScoreFlags.NotScored"/>.
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
[StructLayout(LayoutKind.Sequential)]
[ValueEquality]
public readonly partial struct RiskOutput
{
    // The kernel writes the first eight bytes as one little-endian ulong (see Write) and the flags after them.
    private readonly byte _inherent;
    private readonly byte _current;
    private readonly byte _residual;
    private readonly byte _currentLikelihood;
    private readonly byte _currentConsequence;
    private readonly byte _residualLikelihood;
    private readonly byte _residualConsequence;
    private readonly RiskEvaluation _evaluation;
    private readonly RiskScoreFlags _flags;

    /// <summary>Writes an output in place: its first eight bytes are <paramref name="packed"/> (inherent level in the
    /// lowest byte, then current, residual, current likelihood and consequence, residual likelihood and consequence,
    /// evaluation), then the flags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Write(ref RiskOutput destination, ulong packed, ushort flags)
    {
        ref var bytes = ref Unsafe.As<RiskOutput, byte>(ref destination);
        Unsafe.WriteUnaligned(ref bytes, BitConverter.IsLittleEndian ? packed : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(packed));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref bytes, 8), flags);
    }

    /// <summary>The inherent risk level.</summary>
    public RiskLevel Inherent => new(_inherent);

    /// <summary>The current risk level.</summary>
    public RiskLevel Current => new(_current);

    /// <summary>The residual risk level (capped at the current level when derived).</summary>
    public RiskLevel Residual => new(_residual);

    /// <summary>The current likelihood (assessed, or as inherent).</summary>
    public LikelihoodLevel CurrentLikelihood => new(_currentLikelihood);

    /// <summary>The current consequence (assessed, or as inherent).</summary>
    public ConsequenceLevel CurrentConsequence => new(_currentConsequence);

    /// <summary>The residual likelihood (assessed or derived).</summary>
    public LikelihoodLevel ResidualLikelihood => new(_residualLikelihood);

    /// <summary>The residual consequence (assessed or derived).</summary>
    public ConsequenceLevel ResidualConsequence => new(_residualConsequence);

    /// <summary>The evaluation against the acceptance criteria.</summary>
    public RiskEvaluation Evaluation => _evaluation;

    /// <summary>What the kernel noticed.</summary>
    public RiskScoreFlags Flags => _flags;

    /// <summary>True unless the input could not be scored (<see cref="RiskScoreFlags.NotScored"/>).</summary>
    public bool IsScored => (_flags & RiskScoreFlags.NotScored) == 0;

    /// <summary>Returns e.g. <c>inherent 5, current 4 (4x4), residual 2 (2x3), NeedsTreatment, ResidualDerived</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"inherent {_inherent}, current {_current} ({_currentLikelihood}x{_currentConsequence}), residual {_residual} ({_residualLikelihood}x{_residualConsequence}), {_evaluation}, {_flags}");
}
