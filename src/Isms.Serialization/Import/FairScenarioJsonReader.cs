using System.Globalization;
using System.Text;
using System.Text.Json;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Formats;
using Isms.Serialization.Reading;

namespace Isms.Serialization.Import;

/// <summary>
/// Reads the scenario JSON risk analysts write, with FAIR nodes named as analysts spell them ("Loss Event Frequency",
/// "Threat Event Frequency", "Vulnerability", "Contact Frequency", "Probability of Action", "Threat Capability",
/// "Control Strength", "Primary Loss", "Secondary Loss Event Frequency", "Secondary Loss Event Magnitude", "Loss
/// Magnitude", or their abbreviations), each estimate as <c>{low, mode, high}</c> (PERT), <c>{mean, stdev}</c>
/// (normal), <c>{low, high}</c> (a 90% interval, lognormal), <c>{constant}</c> or a bare number; see
/// docs/quantitative-risk.md.
/// </summary>
/// <remarks>
/// <para>The root is <c>{"scenarios": [...], "controls": [...], "correlations": [...], "defaultCorrelation": 0.2}</c>,
/// an array of scenarios, or one scenario object (as pyfair's <c>FairModel.to_json</c> writes it). A
/// <c>scenario-set</c> document of this library (<c>"kind": "scenario-set"</c> with its <c>schemaVersion</c>) is read
/// by <see cref="IsmsDocumentSerializer"/>.</para>
/// <para>Strict, on top of the limits of <see cref="IsmsDocumentOptions"/> (size, depth, items, string length):
/// invalid UTF-8 (never replaced by U+FFFD), escapes that decode to a lone UTF-16 surrogate, malformed JSON, a member
/// given twice (also under two spellings of one node), a wrong type, an unknown member or parameter, a dangling
/// scenario reference each throw <see cref="IsmsDocumentException"/> with its <see cref="DocumentErrorCodes"/> code,
/// the JSON path (always a member the input has), the line and the position. A value the Open FAIR model refuses
/// is <c>ISMS-DOC-024</c> with the model's <see cref="Isms.Core.IsmsException"/> (<c>ISMS-FAIR-0xx</c>) as inner
/// exception. <c>//</c> and <c>/* */</c> comments are allowed; a byte order mark (UTF-8, UTF-16, UTF-32) is honoured.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class FairScenarioJsonReader
{
    private static readonly HashSet<string> IgnoredScenarioKeys = ["description", "nsimulations", "randomseed", "modeluuid", "type", "creationdate", "$schema"];

    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates a reader with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public FairScenarioJsonReader(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>A reader with the default limits.</summary>
    public static FairScenarioJsonReader Default { get; } = new();

    /// <summary>Reads scenario JSON.</summary>
    /// <param name="utf8Json">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit, or a value breaks a rule of the model.</exception>
    public FairScenarioSet Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads scenario JSON.</summary>
    /// <param name="utf8Json">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name as the user gave it), or null.</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit, or a value breaks a rule of the model.</exception>
    public FairScenarioSet Read(ReadOnlySpan<byte> utf8Json, string? sourceName)
    {
        using var input = JsonInput.Open(utf8Json, sourceName, _options, ScanRules.ImportWithComments);
        var root = input.Document.RootElement;
        if (IsScenarioSetDocument(root))
        {
            try
            {
                return new IsmsDocumentSerializer(_options).Deserialize<FairScenarioSet>(TextInput.Utf8(utf8Json, TextKind.Json, sourceName));
            }
            catch (IsmsDocumentException ex)
            {
                throw TextInput.WithSource(ex, sourceName);
            }
        }

        return new Walker(input).Root(root);
    }

    /// <summary>Reads scenario JSON from a stream (read to its end, within the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, too large, or a value breaks a rule of the model.</exception>
    public FairScenarioSet Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads scenario JSON from a stream (read to its end, within the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, too large, or a value breaks a rule of the model.</exception>
    public FairScenarioSet Read(Stream utf8Json, string? sourceName) =>
        TextInput.Read(utf8Json, _options.MaxDocumentBytes, TextKind.Json, sourceName, bytes => Read(bytes, sourceName));

    /// <summary>Reads scenario JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsDocumentException">The text is malformed, breaks a limit, or a value breaks a rule of the model.</exception>
    public FairScenarioSet Parse(string json) => Parse(json, null);

    /// <summary>Reads scenario JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The scenarios, controls and correlations.</returns>
    /// <exception cref="IsmsDocumentException">The text is malformed, breaks a limit, or a value breaks a rule of the model.</exception>
    public FairScenarioSet Parse(string json, string? sourceName) => Read(TextInput.FromString(json, TextKind.Json, sourceName), sourceName);

    private static bool IsScenarioSetDocument(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("schemaVersion", out _)
        && root.TryGetProperty("kind", out var kind)
        && kind.ValueKind == JsonValueKind.String
        && kind.ValueEquals(DocumentKinds.ScenarioSet);

    /// <summary>Member names compared as analysts vary them: case, spaces, hyphens and underscores ignored.</summary>
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

    /// <summary>One read: walks the parsed input and places every problem at its path.</summary>
    private sealed class Walker(JsonInput input)
    {
        private readonly Fail<string> _fail = input.Fail;

        public FairScenarioSet Root(JsonElement root)
        {
            if (root.ValueKind == JsonValueKind.Array)
            {
                return Set(Scenarios(root, "$"), [], [], 0, "$");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail("$", DocumentErrorCodes.RootNotObject, $"the root is {Describe(root)}", "an object with scenarios, an array of scenarios, or one scenario object", root);
            }

            var members = Members(root, "$");
            if (!members.ContainsKey("scenarios"))
            {
                return Set([Scenario(root, "$", 0, members)], [], [], 0, "$");
            }

            List<(FairScenario, string)> scenarios = [];
            var controls = new List<ControlDraft<string>>();
            var correlations = new List<CorrelationDraft<string>>();
            var defaultCorrelation = 0.0;
            foreach (var (key, (name, value)) in members)
            {
                var path = JsonPathSegments.Member("$", name);
                switch (key)
                {
                    case "scenarios":
                        scenarios = Scenarios(value, path);
                        break;
                    case "controls":
                        controls.AddRange(Items(value, path, "controls").Select(c => Control(c.Value, c.Path)));
                        break;
                    case "correlations":
                        correlations.AddRange(Items(value, path, "correlations").Select(c => Correlation(c.Value, c.Path)));
                        break;
                    case "defaultcorrelation":
                        defaultCorrelation = Number(value, path);
                        break;
                    case "description" or "$schema" or "name":
                        break;
                    default:
                        throw Fail(path, DocumentErrorCodes.UnknownMember, $"unknown member {DocumentErrorText.Quote(name)}", "scenarios, controls, correlations, defaultCorrelation, name, description", null);
                }
            }

            return Set(scenarios, controls, correlations, defaultCorrelation, members.TryGetValue("defaultcorrelation", out var d) ? JsonPathSegments.Member("$", d.Name) : "$");
        }

        private FairScenarioSet Set(List<(FairScenario, string)> scenarios, List<ControlDraft<string>> controls, List<CorrelationDraft<string>> correlations, double defaultCorrelation, string defaultPath) =>
            FairAssembly.Set(scenarios, controls, correlations, defaultCorrelation, defaultPath, "$.correlations", "$", p => p, _fail);

        private List<(FairScenario, string)> Scenarios(JsonElement array, string path) =>
            [.. Items(array, path, "scenarios").Select((s, i) => Scenario(s.Value, s.Path, i, null))];

        /// <summary>A scenario and where its id was given (its <c>id</c>, or its <c>name</c> standing in for it).</summary>
        private (FairScenario Scenario, string IdPath) Scenario(JsonElement element, string path, int index, Dictionary<string, (string Name, JsonElement Value)>? members)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, DocumentErrorCodes.WrongType, $"a scenario is {Describe(element)}", "an object with id, name and FAIR nodes", element);
            }

            members ??= Members(element, path);
            var idPath = path;
            string? id = null, name = null;
            if (members.TryGetValue("id", out var idMember))
            {
                idPath = JsonPathSegments.Member(path, idMember.Name);
                id = Text(idMember.Value, idPath);
            }

            if (members.TryGetValue("name", out var nameMember))
            {
                var namePath = JsonPathSegments.Member(path, nameMember.Name);
                name = Text(nameMember.Value, namePath);
                if (id is null)
                {
                    (id, idPath) = (name, namePath);
                }
            }

            if (id is null)
            {
                throw Fail(path, DocumentErrorCodes.MissingMember, string.Create(CultureInfo.InvariantCulture, $"scenario {index + 1} has neither id nor name"), "an id (or a name standing in for it)", null);
            }

            var scenarioId = FairAssembly.ScenarioId(id, idPath, _fail);
            if (string.IsNullOrWhiteSpace(name))
            {
                name = id;
            }

            var estimates = new List<KeyValuePair<FairNode, Distribution>>();
            var givenAt = new Dictionary<FairNode, string>();
            void AddNodes(Dictionary<string, (string Name, JsonElement Value)> nodes, string at, bool nested)
            {
                foreach (var (key, (member, value)) in nodes)
                {
                    if (!nested && (key is "id" or "name" or "nodes" || IgnoredScenarioKeys.Contains(key)))
                    {
                        continue;
                    }

                    var memberPath = JsonPathSegments.Member(at, member);
                    if (!FairNodeNames.TryParse(member, out var node))
                    {
                        throw Fail(memberPath, DocumentErrorCodes.UnknownMember,
                            $"scenario {DocumentErrorText.Quote(id)}: {DocumentErrorText.Quote(member)} is not a FAIR node",
                            "a FAIR node such as Loss Event Frequency, Threat Event Frequency, Vulnerability, Primary Loss, Loss Magnitude (or id, name, nodes)", null);
                    }

                    if (!givenAt.TryAdd(node, memberPath))
                    {
                        throw Fail(memberPath, DocumentErrorCodes.DuplicateMember,
                            $"scenario {DocumentErrorText.Quote(id)} gives {FairNodeNames.ToDisplayName(node)} twice (first at {givenAt[node]})", "each node once", null);
                    }

                    estimates.Add(new(node, Estimate(value, memberPath, $"scenario {DocumentErrorText.Quote(id)}", node, FairScenario.Domain(node))));
                }
            }

            AddNodes(members, path, nested: false);
            if (members.TryGetValue("nodes", out var nodesMember))
            {
                var nodesPath = JsonPathSegments.Member(path, nodesMember.Name);
                if (nodesMember.Value.ValueKind != JsonValueKind.Object)
                {
                    throw Fail(nodesPath, DocumentErrorCodes.WrongType, $"nodes is {Describe(nodesMember.Value)}", "an object of FAIR node names and estimates", nodesMember.Value);
                }

                AddNodes(Members(nodesMember.Value, nodesPath), nodesPath, nested: true);
            }

            return (FairAssembly.Scenario(scenarioId, name, estimates, path, _fail), idPath);
        }

        private ControlDraft<string> Control(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, DocumentErrorCodes.WrongType, $"a control is {Describe(element)}", "an object with id, name, cost, scenarios, annexA, reduces", element);
            }

            string? id = null, name = null;
            var idPath = path;
            var cost = 0.0;
            var scenarios = new List<(string, string)>();
            var annexA = new List<ControlId>();
            var reductions = new List<NodeReduction>();
            foreach (var (key, (member, value)) in Members(element, path))
            {
                var at = JsonPathSegments.Member(path, member);
                switch (key)
                {
                    case "id":
                        (id, idPath) = (Text(value, at), at);
                        break;
                    case "name":
                        name = Text(value, at);
                        break;
                    case "cost" or "annualcost":
                        cost = Number(value, at);
                        break;
                    case "scenarios":
                        scenarios.AddRange(Items(value, at, "scenarios").Select(s => (Text(s.Value, s.Path), s.Path)));
                        break;
                    case "annexa" or "annexacontrols":
                        annexA.AddRange(Items(value, at, "annexA").Select(s => ControlId(Text(s.Value, s.Path), s.Path)));
                        break;
                    case "description":
                        break;
                    case "reduces" or "reductions":
                        if (value.ValueKind != JsonValueKind.Object)
                        {
                            throw Fail(at, DocumentErrorCodes.WrongType, $"{member} is {Describe(value)}", "an object of FAIR node names and fractions", value);
                        }

                        var reducedAt = new Dictionary<FairNode, string>();
                        foreach (var (_, (nodeName, fraction)) in Members(value, at))
                        {
                            var nodePath = JsonPathSegments.Member(at, nodeName);
                            if (!FairNodeNames.TryParse(nodeName, out var node))
                            {
                                throw Fail(nodePath, DocumentErrorCodes.UnknownMember, $"{DocumentErrorText.Quote(nodeName)} is not a FAIR node", "a FAIR node such as Vulnerability, Threat Event Frequency, Primary Loss", null);
                            }

                            if (!reducedAt.TryAdd(node, nodePath))
                            {
                                throw Fail(nodePath, DocumentErrorCodes.DuplicateMember, $"the control reduces {FairNodeNames.ToDisplayName(node)} twice (first at {reducedAt[node]})", "each node once", null);
                            }

                            var distribution = Estimate(fraction, nodePath, $"control {DocumentErrorText.Quote(id ?? "?")}", node, (0, 1));
                            reductions.Add(ReadProblem.Modelled(nodePath, _fail, () => new NodeReduction(node, distribution)));
                        }

                        break;
                    default:
                        throw Fail(at, DocumentErrorCodes.UnknownMember, $"unknown member {DocumentErrorText.Quote(member)} of a control", "id, name, cost, scenarios, annexA, reduces, description", null);
                }
            }

            if (id is null)
            {
                throw Fail(path, DocumentErrorCodes.MissingMember, "the control has no id", "an id, e.g. \"id\": \"EDR\"", null);
            }

            return new ControlDraft<string>(path, id, idPath, string.IsNullOrWhiteSpace(name) ? id : name, cost, reductions, scenarios, annexA);
        }

        private ControlId ControlId(string text, string path) =>
            ReadProblem.IdFlaw(text) is { } flaw
                ? throw Fail(path, DocumentErrorCodes.InvalidValue, $"the control id {DocumentErrorText.Quote(text)} {flaw}", "an Annex A control id such as 8.7", null, text)
                : ReadProblem.Modelled(path, _fail, () => new ControlId(text), text);

        private CorrelationDraft<string> Correlation(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, DocumentErrorCodes.WrongType, $"a correlation is {Describe(element)}", "an object {\"scenarios\": [a, b], \"coefficient\": r}", element);
            }

            List<(string Id, string Path)>? pair = null;
            var pairPath = path;
            double? coefficient = null;
            foreach (var (key, (member, value)) in Members(element, path))
            {
                var at = JsonPathSegments.Member(path, member);
                switch (key)
                {
                    case "scenarios" or "between":
                        pair = [.. Items(value, at, member).Select(s => (Text(s.Value, s.Path), s.Path))];
                        pairPath = at;
                        break;
                    case "coefficient" or "correlation" or "rho":
                        coefficient = Number(value, at);
                        break;
                    default:
                        throw Fail(at, DocumentErrorCodes.UnknownMember, $"unknown member {DocumentErrorText.Quote(member)} of a correlation", "scenarios, coefficient", null);
                }
            }

            if (pair is null || coefficient is null)
            {
                throw Fail(path, DocumentErrorCodes.MissingMember, $"the correlation has no {(pair is null ? "scenarios" : "coefficient")}", "scenarios (two ids) and coefficient", null);
            }

            if (pair.Count != 2)
            {
                throw Fail(pairPath, DocumentErrorCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"the correlation names {pair.Count} scenarios"), "two scenario ids", null);
            }

            return new CorrelationDraft<string>(path, pair[0].Id, pair[0].Path, pair[1].Id, pair[1].Path, coefficient.Value);
        }

        private Distribution Estimate(JsonElement element, string path, string owner, FairNode node, (double Low, double High) domain)
        {
            var nodeName = FairNodeNames.ToDisplayName(node);
            Fail<string> fail = (p, problem) => _fail(p, problem with { Text = $"{owner}, {nodeName}: {problem.Text}" });
            if (element.ValueKind == JsonValueKind.Number)
            {
                var constant = new Dictionary<string, (double, string)> { [FairAssembly.Parameter.Value] = (Number(element, path), path) };
                return FairAssembly.Distribution(DistributionKind.Constant, constant, null, path, path, p => p, fail);
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                throw fail(path, Problem(DocumentErrorCodes.WrongType, $"the estimate is {Describe(element)}", "a number or an object such as {\"low\": 1, \"mode\": 2, \"high\": 5}", element));
            }

            string? family = null, familyPath = null, variant = null, variantPath = null;
            var values = new Dictionary<string, (double Value, string Site)>(StringComparer.Ordinal);
            var written = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, (member, value)) in Members(element, path))
            {
                var at = JsonPathSegments.Member(path, member);
                var canonical = Canonical(key);
                if (canonical is null)
                {
                    throw fail(at, new ReadProblem(DocumentErrorCodes.UnknownMember, $"unknown parameter {DocumentErrorText.Quote(member)}",
                        "low, mode, high, shape, mean, stdev, constant, rate, mu, sigma, confidence, lowProbability, highProbability, truncateBelow, truncateAbove, distribution, variant"));
                }

                if (canonical == "distribution")
                {
                    (family, familyPath) = (Normalise(Text(value, at)), at);
                }
                else if (canonical == "variant")
                {
                    (variant, variantPath) = (Normalise(Text(value, at)), at);
                }
                else if (!values.TryAdd(canonical, (Number(value, at), at)))
                {
                    throw fail(at, new ReadProblem(DocumentErrorCodes.DuplicateMember, $"{DocumentErrorText.Quote(member)} repeats the parameter {DocumentErrorText.Quote(written[canonical])}", "each parameter once"));
                }
                else
                {
                    written[canonical] = member;
                }
            }

            string NameOf(string canonical) => written.TryGetValue(canonical, out var given) ? given : canonical;
            bool Has(params string[] names) => names.All(values.ContainsKey);
            DistributionKind kind;
            if (family is not null)
            {
                kind = family switch
                {
                    "constant" => DistributionKind.Constant,
                    "pert" or "betapert" => DistributionKind.Pert,
                    "triangular" or "triangle" => DistributionKind.Triangular,
                    "uniform" => DistributionKind.Uniform,
                    "normal" or "gaussian" => DistributionKind.Normal,
                    "poisson" => DistributionKind.Poisson,
                    "lognormal" => DistributionKind.Lognormal,
                    _ => throw fail(familyPath!, new ReadProblem(DocumentErrorCodes.InvalidValue, $"unknown distribution {DocumentErrorText.Quote(family)}",
                        "pert, lognormal, triangular, uniform, normal, constant, poisson", family)),
                };
            }
            else if (Has(FairAssembly.Parameter.Value))
            {
                kind = DistributionKind.Constant;
            }
            else if (Has(FairAssembly.Parameter.Mode))
            {
                kind = DistributionKind.Pert;
            }
            else if (Has(FairAssembly.Parameter.Mean, FairAssembly.Parameter.StandardDeviation))
            {
                kind = DistributionKind.Normal;
            }
            else if (Has(FairAssembly.Parameter.Mu, FairAssembly.Parameter.Sigma))
            {
                kind = DistributionKind.Lognormal;
            }
            else if (Has(FairAssembly.Parameter.Rate))
            {
                kind = DistributionKind.Poisson;
            }
            else if (Has(FairAssembly.Parameter.Low, FairAssembly.Parameter.High))
            {
                if (domain.High == 1)
                {
                    // A 90% interval is a lognormal, unbounded above: never a probability or a fraction.
                    throw fail(path, ReadProblem.BrokenRule(new Isms.Core.IsmsException(new Isms.Core.IsmsError(
                        FairErrorCodes.OutsideDomain,
                        "low/high without a mode is read as a 90% interval of a lognormal, which is unbounded; for a probability or fraction give a mode (PERT) or \"distribution\": \"uniform\"")
                    {
                        Member = "high",
                        Value = "1",
                    })));
                }

                kind = DistributionKind.Lognormal;
            }
            else
            {
                throw fail(path, new ReadProblem(DocumentErrorCodes.MissingMember,
                    $"cannot tell the distribution from the parameters {(values.Count == 0 ? "(none)" : string.Join(", ", values.Keys.Select(NameOf)))}",
                    "low/mode/high, mean/stdev, low/high (a 90% interval), mu/sigma, rate, constant, or \"distribution\""));
            }

            PertVariant? pertVariant = variant switch
            {
                null => null,
                "textbook" or "classic" => PertVariant.Textbook,
                "momentmatched" or "moments" => PertVariant.MomentMatched,
                _ => throw fail(variantPath!, new ReadProblem(DocumentErrorCodes.InvalidValue, $"unknown PERT variant {DocumentErrorText.Quote(variant)}", "textbook or moment-matched", variant)),
            };
            return FairAssembly.Distribution(kind, values, pertVariant, variantPath ?? path, path, NameOf, fail);
        }

        private static string? Canonical(string key) => key switch
        {
            "low" or "min" or "minimum" or "lo" => FairAssembly.Parameter.Low,
            "mode" or "mostlikely" or "ml" or "likely" => FairAssembly.Parameter.Mode,
            "high" or "max" or "maximum" or "hi" => FairAssembly.Parameter.High,
            "shape" or "gamma" or "lambda" => FairAssembly.Parameter.Shape,
            "mean" or "average" => FairAssembly.Parameter.Mean,
            "stdev" or "sd" or "std" or "stddev" or "standarddeviation" => FairAssembly.Parameter.StandardDeviation,
            "constant" or "value" => FairAssembly.Parameter.Value,
            "rate" => FairAssembly.Parameter.Rate,
            "mu" => FairAssembly.Parameter.Mu,
            "sigma" => FairAssembly.Parameter.Sigma,
            "confidence" => FairAssembly.Parameter.Confidence,
            "lowprobability" or "lowquantile" => FairAssembly.Parameter.LowProbability,
            "highprobability" or "highquantile" => FairAssembly.Parameter.HighProbability,
            "truncatebelow" or "lowerbound" => FairAssembly.Parameter.TruncateBelow,
            "truncateabove" or "upperbound" => FairAssembly.Parameter.TruncateAbove,
            "distribution" or "dist" or "type" or "family" => "distribution",
            "variant" => "variant",
            _ => null,
        };

        /// <summary>The members of an object by normalised name; two names that normalise alike are a duplicate.</summary>
        private Dictionary<string, (string Name, JsonElement Value)> Members(JsonElement element, string path)
        {
            var result = new Dictionary<string, (string, JsonElement)>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!result.TryAdd(Normalise(property.Name), (property.Name, property.Value)))
                {
                    var first = result[Normalise(property.Name)].Item1;
                    throw Fail(JsonPathSegments.Member(path, property.Name), DocumentErrorCodes.DuplicateMember,
                        first == property.Name
                            ? $"the member {DocumentErrorText.Quote(property.Name)} appears twice"
                            : $"the member {DocumentErrorText.Quote(property.Name)} repeats {DocumentErrorText.Quote(first)} (names are compared without case, spaces, hyphens and underscores)",
                        "each member once per object", null);
                }
            }

            return result;
        }

        private IEnumerable<(JsonElement Value, string Path)> Items(JsonElement element, string path, string what)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw Fail(path, DocumentErrorCodes.WrongType, $"{what} is {Describe(element)}", "an array", element);
            }

            return element.EnumerateArray().Select((item, i) => (item, JsonPathSegments.Item(path, i)));
        }

        private double Number(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                throw Fail(path, DocumentErrorCodes.WrongType, $"the value is {Describe(element)}", "a finite number", element);
            }

            return element.TryGetDouble(out var value) && double.IsFinite(value)
                ? value
                : throw Fail(path, DocumentErrorCodes.InvalidValue, $"the number {DocumentErrorText.Quote(element.GetRawText())} is out of range", "a finite number", element);
        }

        private string Text(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.String
                ? element.GetString()!
                : throw Fail(path, DocumentErrorCodes.WrongType, $"the value is {Describe(element)}", "a string", element);

        private IsmsDocumentException Fail(string path, string code, string problem, string? expected, JsonElement? value) =>
            input.Error(path, Problem(code, problem, expected, value));

        private IsmsDocumentException Fail(string path, string code, string problem, string? expected, JsonElement? value, string text) =>
            input.Error(path, new ReadProblem(code, problem, expected, text));

        private static ReadProblem Problem(string code, string problem, string? expected, JsonElement? value) =>
            new(code, problem, expected, value is { } v ? ValueText(v) : null);

        /// <summary>A scalar as read (strings decoded, numbers as written); null for objects and arrays.</summary>
        private static string? ValueText(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => value.GetRawText(),
            _ => null,
        };

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "the string " + DocumentErrorText.Quote(value.GetString()),
            JsonValueKind.Number => "the number " + value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
    }
}
