using System.Globalization;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Serialization.Formats;

/// <summary>
/// Builds the Open FAIR model from what a reader found, for every format that holds it: the <c>scenario-set</c> and
/// <c>isms</c> documents, the analyst's scenario JSON and the scenario CSV. One implementation of each rule: which
/// parameters a distribution takes, what an id may be, that ids are unique and references resolve, and where the
/// model's own refusals are placed (the offending scenario, estimate, control or correlation).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class FairAssembly
{
    /// <summary>Parameter names as the scenario-set and isms documents spell them (the persistence record's).</summary>
    public static readonly Func<string, string> DocumentNames = p => p switch
    {
        Parameter.StandardDeviation => "standardDeviation",
        Parameter.TruncateBelow => "truncateBelow",
        Parameter.TruncateAbove => "truncateAbove",
        _ => p,
    };

    /// <summary>
    /// A distribution of <paramref name="kind"/> from its parameters: each required one present, none given that the
    /// kind does not use, and the model's checks (low below high, ...).
    /// </summary>
    /// <param name="kind">The family.</param>
    /// <param name="parameters">The numbers given, by <see cref="Parameter"/> name, each with its site.</param>
    /// <param name="variant">The PERT variant, or null when not given (refused for other families).</param>
    /// <param name="variantSite">Where the variant was given.</param>
    /// <param name="site">The estimate as a whole.</param>
    /// <param name="nameOf">The parameter's name as the format spells it, for messages.</param>
    /// <param name="fail">Places a problem.</param>
    public static Distribution Distribution<TSite>(
        DistributionKind kind,
        IReadOnlyDictionary<string, (double Value, TSite Site)> parameters,
        PertVariant? variant,
        TSite variantSite,
        TSite site,
        Func<string, string> nameOf,
        Fail<TSite> fail)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        double Need(string name)
        {
            used.Add(name);
            return parameters.TryGetValue(name, out var p)
                ? p.Value
                : throw fail(site, new ReadProblem(DocumentErrorCodes.MissingMember,
                    $"a {KindName(kind)} distribution needs '{nameOf(name)}'", $"the parameters {string.Join(", ", Required(kind, parameters).Select(nameOf))}"));
        }

        double? Optional(string name)
        {
            used.Add(name);
            return parameters.TryGetValue(name, out var p) ? p.Value : null;
        }

        Func<Distribution> create;
        switch (kind)
        {
            case DistributionKind.Constant:
                var value = Need(Parameter.Value);
                create = () => new ConstantDistribution(value);
                break;
            case DistributionKind.Pert:
                var (low, mode, high) = (Need(Parameter.Low), Need(Parameter.Mode), Need(Parameter.High));
                var shape = Optional(Parameter.Shape) ?? PertDistribution.DefaultShape;
                var pertVariant = variant ?? PertVariant.Textbook;
                create = () => new PertDistribution(low, mode, high, shape, pertVariant);
                break;
            case DistributionKind.Triangular:
                var (tLow, tMode, tHigh) = (Need(Parameter.Low), Need(Parameter.Mode), Need(Parameter.High));
                create = () => new TriangularDistribution(tLow, tMode, tHigh);
                break;
            case DistributionKind.Uniform:
                var (uLow, uHigh) = (Need(Parameter.Low), Need(Parameter.High));
                create = () => new UniformDistribution(uLow, uHigh);
                break;
            case DistributionKind.Normal:
                var (mean, sd) = (Need(Parameter.Mean), Need(Parameter.StandardDeviation));
                var below = Optional(Parameter.TruncateBelow) ?? double.NegativeInfinity;
                var above = Optional(Parameter.TruncateAbove) ?? double.PositiveInfinity;
                create = () => new NormalDistribution(mean, sd, below, above);
                break;
            case DistributionKind.Poisson:
                var rate = Need(Parameter.Rate);
                create = () => new PoissonDistribution(rate);
                break;
            case DistributionKind.Lognormal:
                create = Lognormal(parameters, Need, Optional, site, fail);
                break;
            default:
                throw fail(site, new ReadProblem(DocumentErrorCodes.InvalidValue, $"'{kind}' has no persisted form", null, kind.ToString()));
        }

        foreach (var (name, (number, at)) in parameters)
        {
            if (!used.Contains(name))
            {
                throw fail(at, new ReadProblem(DocumentErrorCodes.UnknownMember,
                    $"a {KindName(kind)} distribution has no parameter '{nameOf(name)}'", $"the parameters {string.Join(", ", used.Order(StringComparer.Ordinal).Select(nameOf))}",
                    number.ToString("R", CultureInfo.InvariantCulture)));
            }
        }

        if (variant is not null && kind != DistributionKind.Pert)
        {
            throw fail(variantSite, new ReadProblem(DocumentErrorCodes.UnknownMember, $"a {KindName(kind)} distribution has no variant (only PERT has)", null, variant.ToString()));
        }

        return ReadProblem.Modelled(site, fail, create);
    }

    private static Func<Distribution> Lognormal<TSite>(
        IReadOnlyDictionary<string, (double Value, TSite Site)> parameters, Func<string, double> need, Func<string, double?> optional, TSite site, Fail<TSite> fail)
    {
        if (parameters.ContainsKey(Parameter.Mu) || parameters.ContainsKey(Parameter.Sigma))
        {
            var (mu, sigma) = (need(Parameter.Mu), need(Parameter.Sigma));
            return () => new LognormalDistribution(mu, sigma);
        }

        var (low, high) = (need(Parameter.Low), need(Parameter.High));
        if (parameters.ContainsKey(Parameter.LowProbability) || parameters.ContainsKey(Parameter.HighProbability))
        {
            var (pLow, pHigh) = (need(Parameter.LowProbability), need(Parameter.HighProbability));
            return () => LognormalDistribution.FromQuantiles(pLow, low, pHigh, high);
        }

        var confidence = optional(Parameter.Confidence) ?? 0.9;
        if (!(confidence > 0 && confidence < 1))
        {
            var at = parameters[Parameter.Confidence].Site;
            var value = confidence.ToString("R", CultureInfo.InvariantCulture);
            throw fail(at, ReadProblem.BrokenRule(
                new IsmsException(new IsmsError(FairErrorCodes.InvalidParameter, string.Create(CultureInfo.InvariantCulture, $"the confidence of an interval is {confidence}; it must lie within (0, 1)"))
                {
                    Member = "confidence",
                    Value = value,
                }),
                value));
        }

        return () => LognormalDistribution.FromQuantiles((1 - confidence) / 2, low, (1 + confidence) / 2, high);
    }

    private static IEnumerable<string> Required<TSite>(DistributionKind kind, IReadOnlyDictionary<string, (double, TSite)> given)
    {
        // The first set the input has begun to give, else the last (the usual one): lognormal by mu and sigma only
        // when one of them is there, otherwise by its interval.
        var sets = ParameterSets(kind);
        return sets.Count == 0 ? [] : sets.FirstOrDefault(set => set.Any(given.ContainsKey)) ?? sets[^1];
    }

    /// <summary>
    /// The parameter sets a family is given by, one of which must be complete (lognormal: mu and sigma, or an interval).
    /// The one rule for the readers and for the JSON Schema's conditions.
    /// </summary>
    public static IReadOnlyList<string[]> ParameterSets(DistributionKind kind) => kind switch
    {
        DistributionKind.Constant => [[Parameter.Value]],
        DistributionKind.Pert or DistributionKind.Triangular => [[Parameter.Low, Parameter.Mode, Parameter.High]],
        DistributionKind.Uniform => [[Parameter.Low, Parameter.High]],
        DistributionKind.Normal => [[Parameter.Mean, Parameter.StandardDeviation]],
        DistributionKind.Poisson => [[Parameter.Rate]],
        DistributionKind.Lognormal => [[Parameter.Mu, Parameter.Sigma], [Parameter.Low, Parameter.High]],
        _ => [],
    };

    /// <summary>The family's name in messages: <c>PERT</c>, <c>lognormal</c>, ...</summary>
    public static string KindName(DistributionKind kind) => kind == DistributionKind.Pert ? "PERT" : kind.ToString().ToLowerInvariant();

    /// <summary>A scenario id read from the input, checked before the model sees it (an id with white space around it is refused, not trimmed).</summary>
    public static FairScenarioId ScenarioId<TSite>(string text, TSite site, Fail<TSite> fail) =>
        ReadProblem.IdFlaw(text) is { } flaw
            ? throw fail(site, new ReadProblem(DocumentErrorCodes.InvalidValue, $"the scenario id {DocumentErrorText.Quote(text)} {flaw}", "an id without white space around it, e.g. R-01", text))
            : ReadProblem.Modelled(site, fail, () => new FairScenarioId(text), text);

    /// <summary>A scenario: the model checks its whole tree (missing or ambiguous nodes, domains); a refusal is placed at the scenario.</summary>
    public static FairScenario Scenario<TSite>(FairScenarioId id, string name, IEnumerable<KeyValuePair<FairNode, Distribution>> estimates, TSite site, Fail<TSite> fail) =>
        ReadProblem.Modelled(site, fail, () => new FairScenario(id, name, estimates));

    /// <summary>
    /// The scenario set: scenario ids unique, control ids unique, every reference of a control or a correlation to a
    /// scenario of the set, each pair correlated once; the model's refusals placed at the control or correlation
    /// concerned (at <paramref name="correlationsSite"/> for the correlation matrix as a whole).
    /// </summary>
    public static FairScenarioSet Set<TSite>(
        IReadOnlyList<(FairScenario Scenario, TSite IdSite)> scenarios,
        IReadOnlyList<ControlDraft<TSite>> controls,
        IReadOnlyList<CorrelationDraft<TSite>> correlations,
        double defaultCorrelation,
        TSite defaultCorrelationSite,
        TSite correlationsSite,
        TSite rootSite,
        Func<TSite, string> describe,
        Fail<TSite> fail)
    {
        if (scenarios.Count == 0)
        {
            throw fail(rootSite, new ReadProblem(DocumentErrorCodes.MissingMember, "the set has no scenario", "at least one scenario"));
        }

        var seen = new Dictionary<FairScenarioId, TSite>(scenarios.Count);
        foreach (var (scenario, idSite) in scenarios)
        {
            if (!seen.TryAdd(scenario.Id, idSite))
            {
                throw fail(idSite, Duplicate("scenario id", scenario.Id.Value, describe(seen[scenario.Id])));
            }
        }

        FairScenarioId Reference(string id, TSite at)
        {
            var scenarioId = ScenarioId(id, at, fail);
            return seen.ContainsKey(scenarioId)
                ? scenarioId
                : throw fail(at, new ReadProblem(DocumentErrorCodes.DanglingReference, $"{DocumentErrorText.Quote(id)} refers to no scenario in this document", "the id of a scenario defined in the document", id));
        }

        var controlIds = new Dictionary<string, TSite>(StringComparer.Ordinal);
        var effects = new FairControlEffect[controls.Count];
        for (var i = 0; i < controls.Count; i++)
        {
            var c = controls[i];
            if (ReadProblem.IdFlaw(c.Id) is { } flaw)
            {
                throw fail(c.IdSite, new ReadProblem(DocumentErrorCodes.InvalidValue, $"the control id {DocumentErrorText.Quote(c.Id)} {flaw}", "an id without white space around it, e.g. EDR", c.Id));
            }

            if (!controlIds.TryAdd(c.Id, c.IdSite))
            {
                throw fail(c.IdSite, Duplicate("control id", c.Id, describe(controlIds[c.Id])));
            }

            var applies = c.Scenarios.Select(s => Reference(s.Id, s.Site)).ToList();
            effects[i] = ReadProblem.Modelled(c.Site, fail, () => new FairControlEffect(c.Id, c.Name, c.AnnualCost, c.Reductions, applies, c.AnnexAControls));
        }

        var pairs = new Dictionary<(FairScenarioId, FairScenarioId), TSite>();
        var matrix = new ScenarioCorrelation[correlations.Count];
        for (var i = 0; i < correlations.Count; i++)
        {
            var c = correlations[i];
            var (first, second) = (Reference(c.First, c.FirstSite), Reference(c.Second, c.SecondSite));
            var key = string.CompareOrdinal(first.Value, second.Value) <= 0 ? (first, second) : (second, first);
            if (!pairs.TryAdd(key, c.Site))
            {
                throw fail(c.Site, new ReadProblem(DocumentErrorCodes.DuplicateId,
                    $"the correlation of {DocumentErrorText.Quote(first.Value)} and {DocumentErrorText.Quote(second.Value)} is given twice (first at {describe(pairs[key])})", "each pair once"));
            }

            matrix[i] = ReadProblem.Modelled(c.Site, fail, () => new ScenarioCorrelation(first, second, c.Coefficient));
        }

        var models = scenarios.Select(s => s.Scenario).ToList();
        try
        {
            return new FairScenarioSet(models, effects, matrix, defaultCorrelation);
        }
        catch (IsmsException ex)
        {
            // Place the refusal: the control or correlation that fails on its own, else the correlations as a whole.
            for (var i = 0; i < effects.Length; i++)
            {
                if (Fails(() => new FairScenarioSet(models, [effects[i]])))
                {
                    throw fail(controls[i].Site, ReadProblem.BrokenRule(ex));
                }
            }

            if (Fails(() => new FairScenarioSet(models, [], [], defaultCorrelation)))
            {
                throw fail(defaultCorrelationSite, ReadProblem.BrokenRule(ex, defaultCorrelation.ToString("R", CultureInfo.InvariantCulture)));
            }

            for (var i = 0; i < matrix.Length; i++)
            {
                if (Fails(() => new FairScenarioSet(models, [], [matrix[i]])))
                {
                    throw fail(correlations[i].Site, ReadProblem.BrokenRule(ex));
                }
            }

            throw fail(matrix.Length > 0 ? correlationsSite : rootSite, ReadProblem.BrokenRule(ex));
        }
    }

    private static bool Fails(Action build)
    {
        try
        {
            build();
            return false;
        }
        catch (IsmsException)
        {
            return true;
        }
    }

    private static ReadProblem Duplicate(string what, string id, string first) =>
        new(DocumentErrorCodes.DuplicateId, $"the {what} '{DocumentErrorText.Escape(id)}' is used twice (first at {first})", "each id once", id);

    /// <summary>The canonical parameter names of a distribution (the scenario JSON accepts synonyms for each).</summary>
    public static class Parameter
    {
        public const string Value = "value";
        public const string Low = "low";
        public const string Mode = "mode";
        public const string High = "high";
        public const string Shape = "shape";
        public const string Mean = "mean";
        public const string StandardDeviation = "sd";
        public const string Mu = "mu";
        public const string Sigma = "sigma";
        public const string Rate = "rate";
        public const string Confidence = "confidence";
        public const string LowProbability = "lowProbability";
        public const string HighProbability = "highProbability";
        public const string TruncateBelow = "truncateBelow";
        public const string TruncateAbove = "truncateAbove";
    }
}

/// <summary>A control effect as read, before its scenario references are resolved.</summary>
internal sealed record ControlDraft<TSite>(
    TSite Site, string Id, TSite IdSite, string Name, double AnnualCost, IReadOnlyList<NodeReduction> Reductions,
    IReadOnlyList<(string Id, TSite Site)> Scenarios, IReadOnlyList<ControlId> AnnexAControls);

/// <summary>A scenario correlation as read, before its references are resolved.</summary>
internal sealed record CorrelationDraft<TSite>(TSite Site, string First, TSite FirstSite, string Second, TSite SecondSite, double Coefficient);
