using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Scoring;

/// <summary>
/// One risk as the batch path scored it: inherent, current and residual levels, the residual cell, the evaluation
/// and flags. 7 bytes, no references.
/// </summary>
/// <threadsafety>This type is an immutable value type.</threadsafety>
[ValueEquality]
public readonly partial struct RiskOutput
{
    private readonly byte _inherent;
    private readonly byte _current;
    private readonly byte _residual;
    private readonly byte _residualLikelihood;
    private readonly byte _residualConsequence;
    private readonly RiskEvaluation _evaluation;
    private readonly RiskScoreFlags _flags;

    internal RiskOutput(byte inherent, byte current, byte residual, byte residualLikelihood, byte residualConsequence, RiskEvaluation evaluation, RiskScoreFlags flags)
    {
        _inherent = inherent;
        _current = current;
        _residual = residual;
        _residualLikelihood = residualLikelihood;
        _residualConsequence = residualConsequence;
        _evaluation = evaluation;
        _flags = flags;
    }

    /// <summary>The inherent risk level.</summary>
    public RiskLevel Inherent => new(_inherent);

    /// <summary>The current risk level.</summary>
    public RiskLevel Current => new(_current);

    /// <summary>The residual risk level.</summary>
    public RiskLevel Residual => new(_residual);

    /// <summary>The residual likelihood (assessed or derived).</summary>
    public LikelihoodLevel ResidualLikelihood => new(_residualLikelihood);

    /// <summary>The residual consequence (assessed or derived).</summary>
    public ConsequenceLevel ResidualConsequence => new(_residualConsequence);

    /// <summary>The evaluation against the acceptance criteria.</summary>
    public RiskEvaluation Evaluation => _evaluation;

    /// <summary>What scoring noticed.</summary>
    public RiskScoreFlags Flags => _flags;

    /// <summary>Returns e.g. <c>inherent 5, current 4, residual 2 (2x3), NeedsTreatment</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"inherent {_inherent}, current {_current}, residual {_residual} ({_residualLikelihood}x{_residualConsequence}), {_evaluation}, {_flags}");
}
