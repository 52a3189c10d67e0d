using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative.IO;

/// <summary>
/// Reads a scenario file in JSON whose FAIR nodes are named as analysts spell them ("Loss Event Frequency",
/// "Threat Event Frequency", "Vulnerability", "Contact Frequency", "Probability of Action", "Threat Capability",
/// "Control Strength", "Primary Loss", "Secondary Loss Event Frequency", "Secondary Loss Event Magnitude", "Loss Magnitude",
/// or their abbreviations), each estimate as <c>{low, mode, high}</c> (PERT), <c>{mean, stdev}</c> (normal),
/// <c>{low, high}</c> (a 90% interval, lognormal), <c>{constant}</c> or a bare number; see docs/quantitative-risk.md.
/// </summary>
/// <remarks>
/// <para>The root is <c>{"scenarios": [...], "controls": [...], "correlations": [...], "defaultCorrelation": 0.2}</c>, an array of
/// scenarios, or one scenario object (as pyfair's <c>FairModel.to_json</c> writes it).</para>
/// <para>Strict: malformed JSON, a duplicate key, a wrong type, an unknown key or parameter is <c>ISMS-FAIR-021</c> naming the JSON path;
/// an unknown node name is <c>ISMS-FAIR-008</c>; invalid values carry the model's codes and name the scenario and the node.
/// Comments are allowed. Reads with <see cref="JsonDocument"/>: no reflection, AOT-safe.</para>
/// </remarks>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
public static class FairJsonReader
{
    private static readonly HashSet<string> IgnoredScenarioKeys = ["description", "nsimulations", "randomseed", "modeluuid", "type", "creationdate", "$schema"];

    /// <summary>Reads a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsException">The file is malformed or a value is invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FairScenarioSet ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));
    }

    /// <summary>Reads JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="source">The name used in messages.</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsException">The text is malformed or a value is invalid.</exception>
    public static FairScenarioSet Parse(string json, string source = "JSON")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            throw new IsmsException(FairErrorCodes.MalformedJson, $"{source}: malformed JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message.Split(" Path:")[0]}", ex);
        }

        using (document)
        {
            return new Reader(source).Root(document.RootElement);
        }
    }

    private sealed class Reader(string source)
    {
        public FairScenarioSet Root(JsonElement root)
        {
            if (root.ValueKind == JsonValueKind.Array)
            {
                return new FairScenarioSet(Scenarios(root, "$"));
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Malformed("$", "the root must be an object or an array of scenarios");
            }

            var keys = Properties(root, "$");
            if (!keys.ContainsKey("scenarios"))
            {
                return new FairScenarioSet(Scenario(root, "$", 0));
            }

            List<FairScenario>? scenarios = null;
            var controls = new List<FairControlEffect>();
            var correlations = new List<ScenarioCorrelation>();
            var defaultCorrelation = 0.0;
            foreach (var (key, (name, value)) in keys)
            {
                var path = $"$.{name}";
                switch (key)
                {
                    case "scenarios":
                        scenarios = Scenarios(value, path);
                        break;
                    case "controls":
                        controls.AddRange(Array(value, path).Select((c, i) => Control(c, $"{path}[{i}]")));
                        break;
                    case "correlations":
                        correlations.AddRange(Array(value, path).Select((c, i) => Correlation(c, $"{path}[{i}]")));
                        break;
                    case "defaultcorrelation":
                        defaultCorrelation = Number(value, path);
                        break;
                    case "description" or "$schema" or "name":
                        break;
                    default:
                        throw Malformed(path, $"unknown member '{name}' (expected scenarios, controls, correlations, defaultCorrelation)");
                }
            }

            return new FairScenarioSet(scenarios!, controls, correlations, defaultCorrelation);
        }

        private List<FairScenario> Scenarios(JsonElement array, string path) =>
            [.. Array(array, path).Select((s, i) => Scenario(s, $"{path}[{i}]", i))];

        private FairScenario Scenario(JsonElement element, string path, int index)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(path, "a scenario must be an object");
            }

            var keys = Properties(element, path);
            var id = keys.TryGetValue("id", out var idValue) ? Text(idValue.Value, $"{path}.{idValue.Name}") : null;
            var name = keys.TryGetValue("name", out var nameValue) ? Text(nameValue.Value, $"{path}.{nameValue.Name}") : null;
            id ??= name ?? throw Malformed(path, $"scenario {index + 1} has neither id nor name");
            name ??= id;
            if (string.IsNullOrWhiteSpace(id) || id.Trim().Length != id.Length)
            {
                throw Malformed(path, $"scenario id '{id}' is empty or padded");
            }

            var scenarioId = new FairScenarioId(id);
            var estimates = new List<KeyValuePair<FairNode, Distribution>>();
            void AddNodes(Dictionary<string, (string Name, JsonElement Value)> members, string at, bool nested)
            {
                foreach (var (key, (member, value)) in members)
                {
                    if (!nested && (key is "id" or "name" or "nodes" || IgnoredScenarioKeys.Contains(key)))
                    {
                        continue;
                    }

                    var node = FairNodeNames.TryParse(member, out var parsed)
                        ? parsed
                        : throw new IsmsException(FairErrorCodes.UnknownNode, $"{source} {at}.{member}: scenario '{id}': '{member}' is not a FAIR node (expected e.g. Loss Event Frequency, Threat Event Frequency, Vulnerability, Primary Loss, Loss Magnitude).");
                    if (estimates.Any(e => e.Key == node))
                    {
                        throw new IsmsException(FairErrorCodes.Duplicate, $"{source} {at}.{member}: scenario '{id}' gives {FairNodeNames.ToDisplayName(node)} twice.");
                    }

                    estimates.Add(new(node, Estimate(value, $"{at}.{member}", scenarioId, node, FairScenario.Domain(node))));
                }
            }

            AddNodes(keys, path, nested: false);
            if (keys.TryGetValue("nodes", out var nodes))
            {
                if (nodes.Value.ValueKind != JsonValueKind.Object)
                {
                    throw Malformed($"{path}.{nodes.Name}", "nodes must be an object of FAIR node names");
                }

                AddNodes(Properties(nodes.Value, $"{path}.{nodes.Name}"), $"{path}.{nodes.Name}", nested: true);
            }

            return Wrap(path, () => new FairScenario(scenarioId, name, estimates));
        }

        private FairControlEffect Control(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(path, "a control must be an object");
            }

            var keys = Properties(element, path);
            string? id = null, name = null;
            var cost = 0.0;
            var scenarios = new List<FairScenarioId>();
            var annexA = new List<ControlId>();
            var reductions = new List<NodeReduction>();
            foreach (var (key, (member, value)) in keys)
            {
                var at = $"{path}.{member}";
                switch (key)
                {
                    case "id":
                        id = Text(value, at);
                        break;
                    case "name":
                        name = Text(value, at);
                        break;
                    case "cost" or "annualcost":
                        cost = Number(value, at);
                        break;
                    case "scenarios":
                        scenarios.AddRange(Array(value, at).Select((s, i) => new FairScenarioId(Text(s, $"{at}[{i}]"))));
                        break;
                    case "annexa" or "annexacontrols":
                        annexA.AddRange(Array(value, at).Select((s, i) => new ControlId(Text(s, $"{at}[{i}]"))));
                        break;
                    case "description":
                        break;
                    case "reduces" or "reductions":
                        if (value.ValueKind != JsonValueKind.Object)
                        {
                            throw Malformed(at, "reduces must be an object of FAIR node names and fractions");
                        }

                        foreach (var (_, (nodeName, fraction)) in Properties(value, at))
                        {
                            var node = FairNodeNames.TryParse(nodeName, out var parsed)
                                ? parsed
                                : throw new IsmsException(FairErrorCodes.UnknownNode, $"{source} {at}.{nodeName}: control '{id}': '{nodeName}' is not a FAIR node.");
                            var controlName = id ?? "control";
                            var distribution = Estimate(fraction, $"{at}.{nodeName}", null, node, (0, 1), controlName);
                            reductions.Add(Wrap($"{at}.{nodeName}", () => new NodeReduction(node, distribution)));
                        }

                        break;
                    default:
                        throw Malformed(at, $"unknown member '{member}' (expected id, name, cost, scenarios, annexA, reduces)");
                }
            }

            if (id is null)
            {
                throw Malformed(path, "a control needs an id");
            }

            return Wrap(path, () => new FairControlEffect(id, name ?? id, cost, reductions, scenarios, annexA));
        }

        private ScenarioCorrelation Correlation(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(path, "a correlation must be an object {\"scenarios\": [a, b], \"coefficient\": r}");
            }

            List<string>? pair = null;
            double? coefficient = null;
            foreach (var (key, (member, value)) in Properties(element, path))
            {
                var at = $"{path}.{member}";
                switch (key)
                {
                    case "scenarios" or "between":
                        pair = [.. Array(value, at).Select((s, i) => Text(s, $"{at}[{i}]"))];
                        break;
                    case "coefficient" or "correlation" or "rho":
                        coefficient = Number(value, at);
                        break;
                    default:
                        throw Malformed(at, $"unknown member '{member}' (expected scenarios, coefficient)");
                }
            }

            if (pair is not { Count: 2 } || coefficient is null)
            {
                throw Malformed(path, "a correlation needs scenarios (two ids) and coefficient");
            }

            return Wrap(path, () => new ScenarioCorrelation(new FairScenarioId(pair[0]), new FairScenarioId(pair[1]), coefficient.Value));
        }

        private Distribution Estimate(JsonElement element, string path, FairScenarioId? scenario, FairNode node, (double Low, double High) domain, string? control = null)
        {
            var owner = control is null ? $"scenario '{scenario}'" : $"control '{control}'";
            var nodeName = FairNodeNames.ToDisplayName(node);
            if (element.ValueKind == JsonValueKind.Number)
            {
                return Build(path, owner, nodeName, () => new ConstantDistribution(Number(element, path)));
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(path, $"{owner}, {nodeName}: an estimate must be a number or an object such as {{\"low\": 1, \"mode\": 2, \"high\": 5}}");
            }

            string? family = null;
            string? variant = null;
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (key, (member, value)) in Properties(element, path))
            {
                var canonical = Canonical(key);
                if (canonical is null)
                {
                    throw Malformed($"{path}.{member}", $"{owner}, {nodeName}: unknown parameter '{member}' (expected low, mode, high, shape, mean, stdev, constant, rate, mu, sigma, confidence, distribution)");
                }

                if (canonical == "distribution")
                {
                    family = Text(value, $"{path}.{member}").ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
                }
                else if (canonical == "variant")
                {
                    variant = Text(value, $"{path}.{member}").ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
                }
                else if (!values.TryAdd(canonical, Number(value, $"{path}.{member}")))
                {
                    throw Malformed($"{path}.{member}", $"{owner}, {nodeName}: '{member}' repeats parameter {canonical}");
                }
            }

            bool Has(params string[] keys) => keys.All(values.ContainsKey);
            family ??= Has("constant") ? "constant"
                : Has("mode") ? "pert"
                : Has("mean", "sd") ? "normal"
                : Has("mu", "sigma") ? "lognormal"
                : Has("rate") ? "poisson"
                : Has("low", "high") ? (domain.High == 1 ? throw new IsmsException(FairErrorCodes.OutsideDomain, $"{source} {path}: {owner}, {nodeName}: low/high without a mode is read as a 90% interval of a lognormal, which is unbounded; for a probability or fraction give a mode (PERT) or \"distribution\": \"uniform\".") : "lognormal")
                : throw Malformed(path, $"{owner}, {nodeName}: cannot tell the distribution from the parameters {string.Join(", ", values.Keys)}; give low/mode/high, mean/stdev, low/high (90%), constant or distribution");

            var used = new HashSet<string>(StringComparer.Ordinal);
            double Get(string key, double? fallback = null)
            {
                used.Add(key);
                return values.TryGetValue(key, out var v) ? v : fallback ?? throw new IsmsException(FairErrorCodes.MalformedJson, $"a {family} estimate needs '{key}'.");
            }

            Func<Distribution> factory = family switch
            {
                "constant" => () => new ConstantDistribution(Get("constant")),
                "pert" or "betapert" => () => PertFactory()(),
                "triangular" or "triangle" => () => new TriangularDistribution(Get("low"), Get("mode"), Get("high")),
                "uniform" => () => new UniformDistribution(Get("low"), Get("high")),
                "normal" or "gaussian" => () => new NormalDistribution(Get("mean"), Get("sd"), Get("truncatebelow", double.NegativeInfinity), Get("truncateabove", double.PositiveInfinity)),
                "poisson" => () => new PoissonDistribution(Get("rate")),
                "lognormal" => () => LognormalFactory()(),
                _ => throw Malformed(path, $"{owner}, {nodeName}: unknown distribution '{family}' (expected pert, lognormal, triangular, uniform, normal, constant, poisson)"),
            };

            var distribution = Build(path, owner, nodeName, factory);
            var leftover = values.Keys.Where(k => !used.Contains(k)).ToList();
            if (leftover.Count > 0)
            {
                throw Malformed(path, $"{owner}, {nodeName}: a {family} estimate does not use {string.Join(", ", leftover)}");
            }

            return distribution;

            Func<Distribution> PertFactory()
            {
                var low = Get("low");
                var mode = Get("mode");
                var high = Get("high");
                var shape = Get("shape", PertDistribution.DefaultShape);
                var pertVariant = variant switch
                {
                    null or "textbook" or "classic" => PertVariant.Textbook,
                    "momentmatched" or "moments" => PertVariant.MomentMatched,
                    _ => throw new IsmsException(FairErrorCodes.MalformedJson, $"unknown PERT variant '{variant}' (expected textbook or moment-matched)."),
                };
                return () => new PertDistribution(low, mode, high, shape, pertVariant);
            }

            Func<Distribution> LognormalFactory()
            {
                if (values.ContainsKey("mu"))
                {
                    var mu = Get("mu");
                    var sigma = Get("sigma");
                    return () => new LognormalDistribution(mu, sigma);
                }

                var low = Get("low");
                var high = Get("high");
                if (values.ContainsKey("lowprobability") || values.ContainsKey("highprobability"))
                {
                    var pl = Get("lowprobability");
                    var ph = Get("highprobability");
                    return () => LognormalDistribution.FromQuantiles(pl, low, ph, high);
                }

                var confidence = Get("confidence", 0.9);
                if (!(confidence > 0 && confidence < 1))
                {
                    throw new IsmsException(FairErrorCodes.InvalidParameter, $"confidence {confidence.ToString(CultureInfo.InvariantCulture)} must lie within (0, 1).");
                }

                return () => LognormalDistribution.FromQuantiles((1 - confidence) / 2, low, (1 + confidence) / 2, high);
            }
        }

        private static string? Canonical(string key) => key switch
        {
            "low" or "min" or "minimum" or "lo" => "low",
            "mode" or "mostlikely" or "ml" or "likely" => "mode",
            "high" or "max" or "maximum" or "hi" => "high",
            "shape" or "gamma" or "lambda" => "shape",
            "mean" or "average" => "mean",
            "stdev" or "sd" or "std" or "stddev" or "standarddeviation" => "sd",
            "constant" or "value" => "constant",
            "rate" => "rate",
            "mu" => "mu",
            "sigma" => "sigma",
            "confidence" => "confidence",
            "lowprobability" or "lowquantile" => "lowprobability",
            "highprobability" or "highquantile" => "highprobability",
            "truncatebelow" or "lowerbound" => "truncatebelow",
            "truncateabove" or "upperbound" => "truncateabove",
            "distribution" or "dist" or "type" or "family" => "distribution",
            "variant" => "variant",
            _ => null,
        };

        private Distribution Build(string path, string owner, string node, Func<Distribution> factory)
        {
            try
            {
                return factory();
            }
            catch (IsmsException ex)
            {
                throw new IsmsException(ex.Code, $"{source} {path}: {owner}, {node}: {ex.Message}", ex);
            }
        }

        private T Wrap<T>(string path, Func<T> factory)
        {
            try
            {
                return factory();
            }
            catch (IsmsException ex)
            {
                throw new IsmsException(ex.Code, $"{source} {path}: {ex.Message}", ex);
            }
            catch (ArgumentException ex)
            {
                throw new IsmsException(FairErrorCodes.MalformedJson, $"{source} {path}: {ex.Message}", ex);
            }
        }

        private Dictionary<string, (string Name, JsonElement Value)> Properties(JsonElement element, string path)
        {
            var result = new Dictionary<string, (string, JsonElement)>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var key = Normalise(property.Name);
                if (!result.TryAdd(key, (property.Name, property.Value)))
                {
                    throw Malformed($"{path}.{property.Name}", $"duplicate key '{property.Name}'");
                }
            }

            return result;
        }

        private static string Normalise(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (c is not (' ' or '_' or '-'))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        private JsonElement.ArrayEnumerator Array(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw Malformed(path, $"expected an array, found {element.ValueKind}");

        private double Number(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value)
                ? value
                : throw Malformed(path, $"expected a finite number, found {(element.ValueKind == JsonValueKind.String ? $"\"{element.GetString()}\"" : element.ValueKind.ToString())}");

        private string Text(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Malformed(path, $"expected a string, found {element.ValueKind}");

        private IsmsException Malformed(string path, string message) => new(FairErrorCodes.MalformedJson, $"{source} {path}: {message}.");
    }
}
