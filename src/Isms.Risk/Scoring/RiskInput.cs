using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Scoring;

/// <summary>
/// One risk as the batch path (<see cref="RiskScorer.ScoreBatch"/>) reads it: 11 bytes, no references, so a register
/// of a million risks is one contiguous array. Levels are 1-based positions; 0 for current means "as inherent" and
/// 0 for residual means "derive from the reductions".
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
[ValueEquality]
public readonly partial struct RiskInput
{
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
    private readonly AcceptanceState _acceptance;

    /// <summary>Creates a batch input.</summary>
    /// <param name="inherentLikelihood">The inherent likelihood.</param>
    /// <param name="inherentConsequence">The inherent consequence.</param>
    /// <param name="currentLikelihood">The current likelihood, or 0 for "as inherent".</param>
    /// <param name="currentConsequence">The current consequence, or 0 for "as inherent".</param>
    /// <param name="residualLikelihood">The assessed residual likelihood, or 0 to derive it.</param>
    /// <param name="residualConsequence">The assessed residual consequence, or 0 to derive it.</param>
    /// <param name="likelihoodReduction">Levels the applied controls take off the current likelihood (derived residual).</param>
    /// <param name="consequenceReduction">Levels the applied controls take off the current consequence (derived residual).</param>
    /// <param name="acceptance">The state of the risk's acceptance on the evaluation date.</param>
    /// <param name="acceptedLikelihood">The likelihood the acceptance accepted (0 without acceptance).</param>
    /// <param name="acceptedConsequence">The consequence the acceptance accepted (0 without acceptance).</param>
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
        int acceptedConsequence = 0)
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
        _acceptance = Enum.IsDefined(acceptance) ? acceptance : throw new ArgumentOutOfRangeException(nameof(acceptance), acceptance, "Not a defined acceptance state.");
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

    /// <summary>Levels the applied controls take off the current likelihood.</summary>
    public int LikelihoodReduction => _likelihoodReduction;

    /// <summary>Levels the applied controls take off the current consequence.</summary>
    public int ConsequenceReduction => _consequenceReduction;

    /// <summary>The state of the acceptance on the evaluation date.</summary>
    public AcceptanceState Acceptance => _acceptance;

    /// <summary>The likelihood the acceptance accepted.</summary>
    public LikelihoodLevel AcceptedLikelihood => new(_acceptedLikelihood);

    /// <summary>The consequence the acceptance accepted.</summary>
    public ConsequenceLevel AcceptedConsequence => new(_acceptedConsequence);

    internal byte IL => _inherentLikelihood;

    internal byte IC => _inherentConsequence;

    internal byte CL => _currentLikelihood;

    internal byte CC => _currentConsequence;

    internal byte RL => _residualLikelihood;

    internal byte RC => _residualConsequence;

    internal byte LR => _likelihoodReduction;

    internal byte CR => _consequenceReduction;

    internal byte AL => _acceptedLikelihood;

    internal byte AC => _acceptedConsequence;

    private static byte ToByte(int value, string name) =>
        value is >= 0 and <= byte.MaxValue ? (byte)value : throw new ArgumentOutOfRangeException(name, value, "Must be 0 to 255.");
}
