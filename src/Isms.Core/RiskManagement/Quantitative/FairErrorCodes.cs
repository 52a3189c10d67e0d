namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>
/// The stable codes of <see cref="IsmsException"/> thrown by the quantitative (Open FAIR) model and engine.
/// Documented in docs/quantitative-risk.md; vendors may map them to their own messages.
/// </summary>
/// <threadsafety>Constants: thread-safe.</threadsafety>
public static class FairErrorCodes
{
    /// <summary><c>ISMS-FAIR-001</c>: a number is NaN or infinite.</summary>
    public const string NonFinite = "ISMS-FAIR-001";

    /// <summary><c>ISMS-FAIR-002</c>: a low bound is above the high bound.</summary>
    public const string LowAboveHigh = "ISMS-FAIR-002";

    /// <summary><c>ISMS-FAIR-003</c>: a mode (most likely value) lies outside [low, high].</summary>
    public const string ModeOutsideRange = "ISMS-FAIR-003";

    /// <summary><c>ISMS-FAIR-004</c>: a distribution parameter is invalid (standard deviation not positive, shape not positive, lognormal bound not positive, quantile probability outside (0, 1)).</summary>
    public const string InvalidParameter = "ISMS-FAIR-004";

    /// <summary><c>ISMS-FAIR-005</c>: a value lies outside its node's domain (a probability outside [0, 1], a negative rate or loss).</summary>
    public const string OutsideDomain = "ISMS-FAIR-005";

    /// <summary><c>ISMS-FAIR-006</c>: the model is missing what it needs to derive Risk (a node and its factors are both absent).</summary>
    public const string Incomplete = "ISMS-FAIR-006";

    /// <summary><c>ISMS-FAIR-007</c>: a node is given together with the factors it would be derived from.</summary>
    public const string Ambiguous = "ISMS-FAIR-007";

    /// <summary><c>ISMS-FAIR-008</c>: a name is not a FAIR node.</summary>
    public const string UnknownNode = "ISMS-FAIR-008";

    /// <summary><c>ISMS-FAIR-009</c>: an id is used twice (scenario, control) or a node is given twice.</summary>
    public const string Duplicate = "ISMS-FAIR-009";

    /// <summary><c>ISMS-FAIR-010</c>: a control effect is invalid (reduction outside [0, 1], negative cost, unknown scenario, node the scenario does not model).</summary>
    public const string InvalidControl = "ISMS-FAIR-010";

    /// <summary><c>ISMS-FAIR-011</c>: a correlation is invalid (outside [-1, 1], unknown scenario, or the matrix is not positive definite).</summary>
    public const string InvalidCorrelation = "ISMS-FAIR-011";

    /// <summary><c>ISMS-FAIR-012</c>: a risk tolerance curve is invalid (losses not increasing, probability outside [0, 1]).</summary>
    public const string InvalidTolerance = "ISMS-FAIR-012";

    /// <summary><c>ISMS-FAIR-013</c>: a simulation would draw more loss events than the engine's limits allow (a scenario's
    /// loss event frequency above the events-per-year limit, or the run's expected events above the per-run limit).</summary>
    public const string TooManyEvents = "ISMS-FAIR-013";

    /// <summary><c>ISMS-FAIR-014</c>: a loss per event is larger than the engine's limit (its mean or its largest possible
    /// value), so the simulated losses could overflow.</summary>
    public const string LossTooLarge = "ISMS-FAIR-014";

    /// <summary><c>ISMS-FAIR-022</c>: a register was to be summarised in money, but no risk carries a quantitative model.</summary>
    public const string NoQuantifiedRisk = "ISMS-FAIR-022";
}
