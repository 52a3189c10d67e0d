using System.Runtime.CompilerServices;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Scoring;

/// <summary>
/// One risk as the scoring kernel reads it (<see cref="RiskScorer.ScoreBatch"/>; the explained path builds one too):
/// 11 bytes, no references, so a register of a million risks is one contiguous array. Levels are 1-based positions;
/// 0 for current means "as inherent" and 0 for residual means "derive from the reductions".
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
[ValueEquality]
public readonly partial struct RiskInput
{
    private const byte NotByOwnerBit = 4;
    private const byte StateMask = 3;

    private readonly byte _inherentLikelihood;
    private readonly byte _inherentConsequence;
    private readonly byte _currentLikelihood;
    private readonly byte _currentConsequence;
    private readonly byte _residualLikelihood;
    private readonly byte _residualConsequence;
    private readonly byte _likelihoodReduction;
    private readonly byte _consequenceReduction;
    private readonly byte _acceptedLikelihood;
    private readonly byte _acceptedConsequence;
    private readonly byte _acceptance; // bits 0-1: AcceptanceState; bit 2: not given by the risk owner

    /// <summary>Creates a kernel input. Values are not checked against the scales here: the kernel reports an input
    /// it cannot score as <see cref="RiskScoreFlags.NotScored"/>.</summary>
    /// <param name="inherentLikelihood">The inherent likelihood.</param>
    /// <param name="inherentConsequence">The inherent consequence.</param>
    /// <param name="currentLikelihood">The current likelihood, or 0 for "as inherent".</param>
    /// <param name="currentConsequence">The current consequence, or 0 for "as inherent".</param>
    /// <param name="residualLikelihood">The assessed residual likelihood, or 0 to derive it.</param>
    /// <param name="residualConsequence">The assessed residual consequence, or 0 to derive it.</param>
    /// <param name="likelihoodReduction">Levels the counted controls take off the current likelihood (derived residual).</param>
    /// <param name="consequenceReduction">Levels the counted controls take off the current consequence (derived residual).</param>
    /// <param name="acceptance">The state of the risk's acceptance on the evaluation date.</param>
    /// <param name="acceptedLikelihood">The likelihood the acceptance accepted (0 without acceptance).</param>
    /// <param name="acceptedConsequence">The consequence the acceptance accepted (0 without acceptance).</param>
    /// <param name="acceptedByOwner">False when the acceptance was given by someone other than the risk owner.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or above 255, or the acceptance state is undefined.</exception>
    public RiskInput(
        int inherentLikelihood,
        int inherentConsequence,
        int currentLikelihood = 0,
        int currentConsequence = 0,
        int residualLikelihood = 0,
        int residualConsequence = 0,
        int likelihoodReduction = 0,
        int consequenceReduction = 0,
        AcceptanceState acceptance = AcceptanceState.None,
        int acceptedLikelihood = 0,
        int acceptedConsequence = 0,
        bool acceptedByOwner = true)
    {
        _inherentLikelihood = ToByte(inherentLikelihood, nameof(inherentLikelihood));
        _inherentConsequence = ToByte(inherentConsequence, nameof(inherentConsequence));
        _currentLikelihood = ToByte(currentLikelihood, nameof(currentLikelihood));
        _currentConsequence = ToByte(currentConsequence, nameof(currentConsequence));
        _residualLikelihood = ToByte(residualLikelihood, nameof(residualLikelihood));
        _residualConsequence = ToByte(residualConsequence, nameof(residualConsequence));
        _likelihoodReduction = ToByte(likelihoodReduction, nameof(likelihoodReduction));
        _consequenceReduction = ToByte(consequenceReduction, nameof(consequenceReduction));
        _acceptedLikelihood = ToByte(acceptedLikelihood, nameof(acceptedLikelihood));
        _acceptedConsequence = ToByte(acceptedConsequence, nameof(acceptedConsequence));
        var state = Enum.IsDefined(acceptance) ? (byte)acceptance : throw new ArgumentOutOfRangeException(nameof(acceptance), acceptance, "Not a defined acceptance state.");
        _acceptance = (byte)(state | (acceptedByOwner ? 0 : NotByOwnerBit));
    }

    /// <summary>The inherent likelihood.</summary>
    public LikelihoodLevel InherentLikelihood => new(_inherentLikelihood);

    /// <summary>The inherent consequence.</summary>
    public ConsequenceLevel InherentConsequence => new(_inherentConsequence);

    /// <summary>The current likelihood (0: as inherent).</summary>
    public LikelihoodLevel CurrentLikelihood => new(_currentLikelihood);

    /// <summary>The current consequence (0: as inherent).</summary>
    public ConsequenceLevel CurrentConsequence => new(_currentConsequence);

    /// <summary>The assessed residual likelihood (0: derive).</summary>
    public LikelihoodLevel ResidualLikelihood => new(_residualLikelihood);

    /// <summary>The assessed residual consequence (0: derive).</summary>
    public ConsequenceLevel ResidualConsequence => new(_residualConsequence);

    /// <summary>Levels the counted controls take off the current likelihood.</summary>
    public int LikelihoodReduction => _likelihoodReduction;

    /// <summary>Levels the counted controls take off the current consequence.</summary>
    public int ConsequenceReduction => _consequenceReduction;

    /// <summary>The state of the acceptance on the evaluation date.</summary>
    public AcceptanceState Acceptance => (AcceptanceState)(_acceptance & StateMask);

    /// <summary>The likelihood the acceptance accepted.</summary>
    public LikelihoodLevel AcceptedLikelihood => new(_acceptedLikelihood);

    /// <summary>The consequence the acceptance accepted.</summary>
    public ConsequenceLevel AcceptedConsequence => new(_acceptedConsequence);

    /// <summary>False when the acceptance was given by someone other than the risk owner (meaningless without acceptance).</summary>
    public bool AcceptedByOwner => (_acceptance & NotByOwnerBit) == 0;

    internal byte IL
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _inherentLikelihood;
    }

    internal byte IC
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _inherentConsequence;
    }

    internal byte CL
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _currentLikelihood;
    }

    internal byte CC
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _currentConsequence;
    }

    internal byte RL
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _residualLikelihood;
    }

    internal byte RC
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _residualConsequence;
    }

    internal byte LR
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _likelihoodReduction;
    }

    internal byte CR
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _consequenceReduction;
    }

    internal byte AL
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _acceptedLikelihood;
    }

    internal byte AC
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _acceptedConsequence;
    }

    /// <summary>The acceptance state (bits 0-1) and the not-by-owner bit (bit 2).</summary>
    internal byte AcceptanceBits
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _acceptance;
    }

    private static byte ToByte(int value, string name) =>
        value is >= 0 and <= byte.MaxValue ? (byte)value : throw new ArgumentOutOfRangeException(name, value, "Must be 0 to 255.");
}
