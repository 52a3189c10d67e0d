using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Methodology;

namespace Isms.Risk.Presets;

/// <summary>
/// Ready-made risk criteria: the common 3x3, 4x4 and 5x5 matrices (ISO/IEC 27005 style, likelihood x consequence),
/// NIST SP 800-30 Rev. 1 Table I-2 with its semi-quantitative values and bands, and 5x5 matrices from the formula
/// methods. Each call returns new criteria; adjust the acceptance level to your risk appetite.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 a: establish risk criteria (including risk acceptance criteria).</para>
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class RiskMatrixPresets
{
    private const string Green = "#16a34a";
    private const string Lime = "#84cc16";
    private const string Yellow = "#eab308";
    private const string Orange = "#f97316";
    private const string Red = "#dc2626";

    /// <summary>
    /// The common 3x3 matrix: Low, Medium, High for likelihood, consequence and risk; a cell's level is
    /// <c>L + C - 1</c> capped at High (Low appetite by default).
    /// </summary>
    /// <param name="acceptanceLevel">The highest level accepted without treatment (default 1, Low).</param>
    public static RiskCriteria Common3x3(int acceptanceLevel = 1)
    {
        var likelihood = Scale("Likelihood", ("Low", "L", "Not expected to occur in the next three years", Green), ("Medium", "M", "May occur in the next three years", Yellow), ("High", "H", "Expected to occur at least once a year", Red));
        var consequence = Scale("Consequence", ("Low", "L", "Negligible effect, absorbed by normal operation", Green), ("Medium", "M", "Noticeable harm, recoverable with effort", Yellow), ("High", "H", "Severe harm to operations, finances, obligations or reputation", Red));
        RiskLevelDefinition[] levels = [Level("Low", "L", Green, "Accept; monitor"), Level("Medium", "M", Yellow, "Treat within 6 months or accept formally"), Level("High", "H", Red, "Treat now")];
        int[][] cells = [[1, 1, 2], [1, 2, 3], [2, 3, 3]];
        return new RiskCriteria("Common 3x3", new RiskMatrix(likelihood, consequence, levels, cells), new RiskLevel(acceptanceLevel));
    }

    /// <summary>
    /// The common 4x4 matrix: likelihood Rare, Unlikely, Likely, Almost certain; consequence Minor, Moderate, Major,
    /// Severe; risk Low (L x C at most 2), Medium (3-4), High (6-9), Critical (12-16).
    /// </summary>
    /// <param name="acceptanceLevel">The highest level accepted without treatment (default 1, Low).</param>
    public static RiskCriteria Common4x4(int acceptanceLevel = 1)
    {
        var likelihood = Scale("Likelihood", ("Rare", "L1", "Only in exceptional circumstances", Green), ("Unlikely", "L2", "Could occur in the next five years", Lime), ("Likely", "L3", "Expected to occur in the next two years", Orange), ("Almost certain", "L4", "Expected to occur within the year", Red));
        var consequence = Scale("Consequence", ("Minor", "C1", "Negligible effect", Green), ("Moderate", "C2", "Limited, recoverable harm", Lime), ("Major", "C3", "Serious harm to operations, finances or obligations", Orange), ("Severe", "C4", "Harm that threatens the organisation's objectives", Red));
        RiskLevelDefinition[] levels = [Level("Low", "L", Green, "Accept; monitor"), Level("Medium", "M", Yellow, "Treat within 6 months or accept formally"), Level("High", "H", Orange, "Treat within 3 months"), Level("Critical", "C", Red, "Treat now; inform top management")];
        var matrix = FormulaMatrix.Build(FormulaMethod.LikelihoodTimesImpact, likelihood, consequence, levels, [3, 6, 12]).Matrix;
        return new RiskCriteria("Common 4x4", matrix, new RiskLevel(acceptanceLevel));
    }

    /// <summary>
    /// The common 5x5 matrix (ISO/IEC 27005 style): likelihood Rare to Almost certain, consequence Insignificant to
    /// Severe; risk Low (L x C at most 4), Medium (5-9), High (10-16), Critical (20-25).
    /// </summary>
    /// <param name="acceptanceLevel">The highest level accepted without treatment (default 1, Low).</param>
    public static RiskCriteria Common5x5(int acceptanceLevel = 1)
    {
        var (likelihood, consequence) = FiveByFiveScales();
        RiskLevelDefinition[] levels = [Level("Low", "L", Green, "Accept; monitor"), Level("Medium", "M", Yellow, "Treat within 6 months or accept formally"), Level("High", "H", Orange, "Treat within 3 months"), Level("Critical", "C", Red, "Treat now; inform top management")];
        var matrix = FormulaMatrix.Build(FormulaMethod.LikelihoodTimesImpact, likelihood, consequence, levels, [5, 10, 20]).Matrix;
        return new RiskCriteria("Common 5x5", matrix, new RiskLevel(acceptanceLevel));
    }

    /// <summary>
    /// NIST SP 800-30 Rev. 1, Appendix I, Table I-2 "Assessment scale - level of risk (combination of likelihood and
    /// impact)": rows likelihood, columns impact, each Very Low, Low, Moderate, High, Very High. Levels carry the
    /// semi-quantitative values 0, 2, 5, 8, 10 and the 0-100 bands 0-4, 5-20, 21-79, 80-95, 96-100 (Tables G-5, H-3, I-3).
    /// </summary>
    /// <param name="acceptanceLevel">The highest level accepted without treatment (default 2, Low).</param>
    public static RiskCriteria NistSp80030Rev1(int acceptanceLevel = 2)
    {
        var likelihood = NistScale("Likelihood (threat event occurs and results in adverse impact)", NistLikelihood);
        var consequence = NistScale("Level of impact", NistImpact);
        var levels = new RiskLevelDefinition[5];
        for (var i = 0; i < 5; i++)
        {
            levels[i] = new RiskLevelDefinition(NistNames[i], NistAbbreviations[i], NistColours[i], NistRisk[i])
            {
                Value = NistValues[i],
                Range = NistBands[i],
            };
        }

        // Table I-2, read top (Very High likelihood) to bottom in the publication; stored here lowest likelihood first.
        int[][] cells =
        [
            [1, 1, 1, 2, 2], // Very Low likelihood
            [1, 2, 2, 2, 3], // Low
            [1, 2, 3, 3, 4], // Moderate
            [1, 2, 3, 4, 5], // High
            [1, 2, 3, 4, 5], // Very High
        ];
        return new RiskCriteria("NIST SP 800-30 Rev. 1 (Table I-2)", new RiskMatrix(likelihood, consequence, levels, cells), new RiskLevel(acceptanceLevel));
    }

    /// <summary>
    /// A 5x5 matrix from a formula method scaled to 0-10 (see <see cref="FormulaMethod.ScaledToTen"/>): Low below
    /// 2.5, Medium below 5, High below 7.5, Critical from 7.5.
    /// </summary>
    /// <param name="method">The method, e.g. <see cref="FormulaMethod.PlusTwiceImpact"/>.</param>
    /// <param name="acceptanceLevel">The highest level accepted without treatment (default 1, Low).</param>
    public static RiskCriteria Formula5x5(IRiskScoringMethod method, int acceptanceLevel = 1) => Formula5x5Matrix(method, acceptanceLevel).Criteria;

    /// <summary>As <see cref="Formula5x5"/>, with the cell scores (for explanations).</summary>
    /// <param name="method">The method.</param>
    /// <param name="acceptanceLevel">The highest level accepted without treatment (default 1, Low).</param>
    public static (RiskCriteria Criteria, FormulaMatrix Formula) Formula5x5Matrix(IRiskScoringMethod method, int acceptanceLevel = 1)
    {
        var (likelihood, consequence) = FiveByFiveScales();
        RiskLevelDefinition[] levels = [Level("Low", "L", Green, "Accept; monitor"), Level("Medium", "M", Yellow, "Treat within 6 months or accept formally"), Level("High", "H", Orange, "Treat within 3 months"), Level("Critical", "C", Red, "Treat now; inform top management")];
        var scaled = FormulaMethod.ScaledToTen(method);
        var formula = FormulaMatrix.Build(scaled, likelihood, consequence, levels, [2.5, 5, 7.5]);
        return (new RiskCriteria($"5x5 {scaled.Name}", formula.Matrix, new RiskLevel(acceptanceLevel)), formula);
    }

    /// <summary>The presets by name, as the <c>isms</c> host and configuration files refer to them.</summary>
    public static IReadOnlyDictionary<string, Func<RiskCriteria>> ByName { get; } = new Dictionary<string, Func<RiskCriteria>>(StringComparer.OrdinalIgnoreCase)
    {
        ["3x3"] = () => Common3x3(),
        ["4x4"] = () => Common4x4(),
        ["5x5"] = () => Common5x5(),
        ["nist-800-30"] = () => NistSp80030Rev1(),
    };

    private static readonly string[] NistNames = ["Very Low", "Low", "Moderate", "High", "Very High"];
    private static readonly string[] NistAbbreviations = ["VL", "L", "M", "H", "VH"];
    private static readonly string[] NistColours = [Green, Lime, Yellow, Orange, Red];
    private static readonly double[] NistValues = [0, 2, 5, 8, 10];
    private static readonly SemiQuantitativeRange[] NistBands = [new(0, 4), new(5, 20), new(21, 79), new(80, 95), new(96, 100)];

    // Table G-5 (overall likelihood), abridged.
    private static readonly string[] NistLikelihood =
    [
        "Error, accident or act of nature highly unlikely to occur; or adversary highly unlikely to initiate a threat event.",
        "Unlikely to occur; or adversary unlikely to initiate a threat event.",
        "Somewhat likely to occur; or adversary somewhat likely to initiate a threat event.",
        "Highly likely to occur; or adversary highly likely to initiate a threat event.",
        "Almost certain to occur; or adversary almost certain to initiate a threat event.",
    ];

    // Table H-3 (impact of threat events), abridged.
    private static readonly string[] NistImpact =
    [
        "Negligible adverse effect on operations, assets, individuals, other organisations or the Nation.",
        "Limited adverse effect.",
        "Serious adverse effect.",
        "Severe or catastrophic adverse effect.",
        "Multiple severe or catastrophic adverse effects.",
    ];

    // Table I-3 (level of risk), abridged.
    private static readonly string[] NistRisk =
    [
        "A threat event could be expected to have a negligible adverse effect.",
        "A threat event could be expected to have a limited adverse effect.",
        "A threat event could be expected to have a serious adverse effect.",
        "A threat event could be expected to have a severe or catastrophic adverse effect.",
        "A threat event could be expected to have multiple severe or catastrophic adverse effects.",
    ];

    private static RiskScale NistScale(string name, string[] descriptions) =>
        new(name, Enumerable.Range(0, 5).Select(i => new ScaleLevel(NistNames[i], NistAbbreviations[i], NistValues[i], descriptions[i], NistColours[i]) { Range = NistBands[i] }));

    private static (RiskScale Likelihood, RiskScale Consequence) FiveByFiveScales() =>
    (
        Scale("Likelihood", ("Rare", "L1", "Only in exceptional circumstances (less than once in 10 years)", Green), ("Unlikely", "L2", "Could occur in the next 5 to 10 years", Lime), ("Possible", "L3", "Could occur in the next 2 to 5 years", Yellow), ("Likely", "L4", "Expected to occur in the next 2 years", Orange), ("Almost certain", "L5", "Expected to occur within the year", Red)),
        Scale("Consequence", ("Insignificant", "C1", "No noticeable effect", Green), ("Minor", "C2", "Limited, quickly recoverable harm", Lime), ("Moderate", "C3", "Noticeable harm to operations, finances or obligations", Yellow), ("Major", "C4", "Serious harm; regulators or customers involved", Orange), ("Severe", "C5", "Harm that threatens the organisation's objectives or survival", Red)));

    private static RiskScale Scale(string name, params (string Name, string Abbreviation, string Description, string Colour)[] levels) =>
        new(name, levels.Select((l, i) => new ScaleLevel(l.Name, l.Abbreviation, i + 1, l.Description, l.Colour)));

    private static RiskLevelDefinition Level(string name, string abbreviation, string colour, string description) => new(name, abbreviation, colour, description);
}
