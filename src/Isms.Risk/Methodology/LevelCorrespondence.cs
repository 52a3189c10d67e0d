using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Methodology;

/// <summary>
/// The declared correspondence of likelihood and consequence levels between an old and a new methodology, e.g.
/// "old 3x3 Medium likelihood = new 5x5 Possible". Every level of the old scales maps to a level of the new ones,
/// so a register can be restated without silently rewriting history.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 b: repeated risk assessments produce consistent, valid and comparable results.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class LevelCorrespondence
{
    private readonly int[] _likelihood;
    private readonly int[] _consequence;

    /// <summary>Declares a correspondence.</summary>
    /// <param name="from">The old criteria.</param>
    /// <param name="to">The new criteria.</param>
    /// <param name="likelihood">Old likelihood position to new, for every old level.</param>
    /// <param name="consequence">Old consequence position to new, for every old level.</param>
    /// <exception cref="IsmsException">Code <see cref="RiskErrorCodes.MissingCorrespondence"/>: an old level without a new one, or a new level off its scale.</exception>
    public LevelCorrespondence(RiskCriteria from, RiskCriteria to, IReadOnlyDictionary<int, int> likelihood, IReadOnlyDictionary<int, int> consequence)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        Guard.Against.Null(likelihood);
        Guard.Against.Null(consequence);
        From = from;
        To = to;
        _likelihood = Table("likelihood", from.Matrix.Likelihood, to.Matrix.Likelihood, likelihood);
        _consequence = Table("consequence", from.Matrix.Consequence, to.Matrix.Consequence, consequence);
    }

    /// <summary>The old criteria.</summary>
    public RiskCriteria From { get; }

    /// <summary>The new criteria.</summary>
    public RiskCriteria To { get; }

    /// <summary>The likelihood correspondence: entry <c>i</c> is the new position of old level <c>i + 1</c>.</summary>
    public ImmutableArray<int> Likelihood => [.. _likelihood];

    /// <summary>The consequence correspondence: entry <c>i</c> is the new position of old level <c>i + 1</c>.</summary>
    public ImmutableArray<int> Consequence => [.. _consequence];

    /// <summary>Levels of the same name (ignoring case) correspond; every old level must find its name on the new scale.</summary>
    /// <param name="from">The old criteria.</param>
    /// <param name="to">The new criteria.</param>
    /// <exception cref="IsmsException">Code <see cref="RiskErrorCodes.MissingCorrespondence"/>: an old level's name is not on the new scale.</exception>
    public static LevelCorrespondence ByName(RiskCriteria from, RiskCriteria to)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        return new LevelCorrespondence(from, to, Names("likelihood", from.Matrix.Likelihood, to.Matrix.Likelihood), Names("consequence", from.Matrix.Consequence, to.Matrix.Consequence));
    }

    /// <summary>
    /// Positions correspond proportionally: <c>new = round((old - 1) x (newCount - 1) / (oldCount - 1)) + 1</c>
    /// (halves away from zero), so the lowest maps to the lowest and the highest to the highest.
    /// </summary>
    /// <param name="from">The old criteria.</param>
    /// <param name="to">The new criteria.</param>
    public static LevelCorrespondence Proportional(RiskCriteria from, RiskCriteria to)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        return new LevelCorrespondence(from, to, Scaled(from.Matrix.Likelihood.Count, to.Matrix.Likelihood.Count), Scaled(from.Matrix.Consequence.Count, to.Matrix.Consequence.Count));
    }

    /// <summary>The new likelihood of an old one.</summary>
    /// <param name="level">The old level.</param>
    /// <exception cref="IsmsException">Code <see cref="IsmsErrorCodes.AssessmentOutsideScale"/>: not on the old scale (member <c>Likelihood</c>).</exception>
    public LikelihoodLevel Map(LikelihoodLevel level) =>
        From.Matrix.Likelihood.Contains(level.Value) ? new(_likelihood[level.Value - 1]) : throw OffScale("Likelihood", level.Value, From.Matrix.Likelihood);

    /// <summary>The new consequence of an old one.</summary>
    /// <param name="level">The old level.</param>
    /// <exception cref="IsmsException">Code <see cref="IsmsErrorCodes.AssessmentOutsideScale"/>: not on the old scale (member <c>Consequence</c>).</exception>
    public ConsequenceLevel Map(ConsequenceLevel level) =>
        From.Matrix.Consequence.Contains(level.Value) ? new(_consequence[level.Value - 1]) : throw OffScale("Consequence", level.Value, From.Matrix.Consequence);

    /// <summary>An assessment restated on the new scales (per-criterion consequences too; the date is kept).</summary>
    /// <param name="assessment">The old assessment.</param>
    public RiskAssessment Map(RiskAssessment assessment)
    {
        Guard.Against.Null(assessment);
        return new RiskAssessment(Map(assessment.Likelihood), Map(assessment.Consequence), assessment.AssessedOn)
        {
            ByCriterion = [.. assessment.ByCriterion.Select(c => c with { Level = Map(c.Level) })],
        };
    }

    private static int[] Table(string what, RiskScale from, RiskScale to, IReadOnlyDictionary<int, int> map)
    {
        var table = new int[from.Count];
        for (var old = 1; old <= from.Count; old++)
        {
            if (!map.TryGetValue(old, out var target))
            {
                throw Missing(what, old, null, string.Create(CultureInfo.InvariantCulture, $"The old {what} level {old} ('{from[old].Name}') has no corresponding level on '{to.Name}'."));
            }

            if (!to.Contains(target))
            {
                throw Missing(what, old, target.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"The old {what} level {old} ('{from[old].Name}') maps to {target}, which is not on '{to.Name}' (levels 1 to {to.Count})."));
            }

            table[old - 1] = target;
        }

        return table;
    }

    private static Dictionary<int, int> Names(string what, RiskScale from, RiskScale to)
    {
        var map = new Dictionary<int, int>();
        for (var old = 1; old <= from.Count; old++)
        {
            var index = to.Levels.IndexOf(to.Levels.FirstOrDefault(l => string.Equals(l.Name, from[old].Name, StringComparison.OrdinalIgnoreCase))!);
            if (index < 0)
            {
                throw Missing(what, old, from[old].Name, $"The old {what} level '{from[old].Name}' has no level of the same name on '{to.Name}'; declare the correspondence.");
            }

            map[old] = index + 1;
        }

        return map;
    }

    private static IsmsException OffScale(string member, int value, RiskScale scale) =>
        new(new IsmsError(IsmsErrorCodes.AssessmentOutsideScale, string.Create(CultureInfo.InvariantCulture, $"{member} {value} is not on the old scale '{scale.Name}' (levels 1 to {scale.Count})."))
        {
            EntityKind = nameof(LevelCorrespondence),
            Member = member,
            Value = value.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>An old level without a usable new one; the member names the correspondence entry, e.g. <c>Likelihood[3]</c>.</summary>
    private static IsmsException Missing(string what, int old, string? value, string message) =>
        new(new IsmsError(RiskErrorCodes.MissingCorrespondence, message)
        {
            EntityKind = nameof(LevelCorrespondence),
            Member = string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(what[0])}{what[1..]}[{old}]"),
            Value = value,
        });

    private static Dictionary<int, int> Scaled(int oldCount, int newCount) =>
        Enumerable.Range(1, oldCount).ToDictionary(old => old, old => (int)Math.Round((old - 1) * (newCount - 1) / (double)(oldCount - 1), MidpointRounding.AwayFromZero) + 1);
}
