using Isms.Core;

namespace Isms.Risk;

/// <summary>
/// Bad input to the risk engine: the message names the risk, the field and the value. Nothing is half-scored: the
/// engine validates every risk before it scores any, so an exception means no result was produced.
/// </summary>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class RiskScoringException : IsmsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code (see <see cref="RiskErrorCodes"/>).</param>
    /// <param name="riskId">The risk concerned (its id, or <c>#index</c> in a batch).</param>
    /// <param name="field">The field that was wrong, e.g. <c>Inherent.Likelihood</c>.</param>
    /// <param name="message">What was wrong, naming the value.</param>
    public RiskScoringException(string code, string riskId, string field, string message)
        : base(code, $"Risk '{riskId}', {field}: {message}")
    {
        RiskId = riskId;
        Field = field;
    }

    /// <summary>The risk concerned (its id, or <c>#index</c> in a batch).</summary>
    public string RiskId { get; }

    /// <summary>The field that was wrong.</summary>
    public string Field { get; }
}
