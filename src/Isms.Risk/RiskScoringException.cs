using System.Globalization;
using Isms.Core;

namespace Isms.Risk;

/// <summary>
/// A risk that cannot be scored, thrown by the single-risk operations (<c>RiskScorer.Score</c>,
/// <c>RiskScorer.ToBatchInput</c>, <c>RegisterScorer.ToInput</c>). It carries every reason as an
/// <see cref="IsmsError"/>: <see cref="IsmsError.EntityKind"/> <c>RiskScenario</c>, <see cref="IsmsError.EntityId"/>
/// the risk's id, <see cref="IsmsError.Member"/> the field (<c>Inherent.Likelihood</c>,
/// <c>Current.ByCriterion[1].Criterion</c>, <c>AppliedControls[0]</c>) and <see cref="IsmsError.Value"/> the value.
/// Operations over a register never throw it: they report each reason as a finding on its risk and score the others.
/// </summary>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class RiskScoringException : IsmsException
{
    /// <summary>Creates the exception for one reason.</summary>
    /// <param name="error">Why the risk cannot be scored.</param>
    public RiskScoringException(IsmsError error)
        : base(error)
    {
    }

    /// <summary>Creates the exception for every reason a risk (or several) cannot be scored.</summary>
    /// <param name="errors">The reasons, at least one, in the order found.</param>
    public RiskScoringException(IEnumerable<IsmsError> errors)
        : this([.. errors ?? throw new ArgumentNullException(nameof(errors))])
    {
    }

    private RiskScoringException(IsmsError[] errors)
        : base(errors, Summary(errors))
    {
    }

    private static string Summary(IsmsError[] errors) =>
        errors.Length == 0
            ? "No error."
            : errors.Length == 1
                ? errors[0].ToString()
                : string.Create(CultureInfo.InvariantCulture, $"{errors.Length} errors: {string.Join("; ", errors.Select(e => e.ToString()))}");
}
