using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Isms.Core;
using Isms.Serialization.Tests.Fuzz;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// The hand-written readers and writers of the largest <c>isms</c> registers (risks, assets) against the generic
/// source-generated path they replace: on generated models the two write the same bytes and read the same model, and
/// on damaged documents (the fuzz mutations: members deleted, duplicated, renamed and escaped, wrong types, nulls,
/// extreme numbers, lone surrogates, broken bytes) they accept the same documents and refuse the others with the same
/// error: code, path, line, position and text. 40 models, 300 randomly damaged documents (ISMS_SOAK=1: 1,000 and 20,000).
/// </summary>
public sealed class HandWrittenRegisterProperties
{
    private static readonly bool Soak = Environment.GetEnvironmentVariable("ISMS_SOAK") == "1";

    private static readonly IsmsDocumentSerializer Fast = new(new IsmsDocumentOptions(), handWrittenRegisters: true);
    private static readonly IsmsDocumentSerializer Generic = new(new IsmsDocumentOptions(), handWrittenRegisters: false);
    private static readonly IsmsDocumentSerializer FastCompact = new(new IsmsDocumentOptions { WriteIndented = false }, handWrittenRegisters: true);
    private static readonly IsmsDocumentSerializer GenericCompact = new(new IsmsDocumentOptions { WriteIndented = false }, handWrittenRegisters: false);

    [Fact]
    public void Both_paths_write_the_same_bytes_and_read_the_same_model() =>
        Prop.ForAll(IsmsArbitraries.Arbitrary(), isms =>
        {
            foreach (var (fast, generic) in new[] { (Fast, Generic), (FastCompact, GenericCompact) })
            {
                var json = generic.Serialize(isms);
                Assert.True(json.AsSpan().SequenceEqual(fast.Serialize(isms)), "the hand-written registers wrote other bytes");
                var read = fast.Deserialize<InformationSecurityManagementSystem>(json);
                IsmsRoundTripProperties.Expect(generic.Deserialize<InformationSecurityManagementSystem>(json), read);
                Assert.True(json.AsSpan().SequenceEqual(generic.Serialize(read)), "the model read by the hand-written registers writes other bytes");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Soak ? 1000 : 40).WithQuietOnSuccess(true));

    [Fact]
    public void Both_paths_accept_and_refuse_the_same_damaged_documents_with_the_same_error()
    {
        // Seeds with many risks and assets, so that most damage lands in the hand-written registers.
        var seeds = IsmsArbitraries.Isms.Sample(40, new Rnd(20261207UL), 60)
            .Where(i => i.Risks.Count + i.Assets.Count >= 6)
            .Take(12)
            .SelectMany(i => new[] { GenericCompact.Serialize(i), Generic.Serialize(i) })
            .ToArray();
        Assert.NotEmpty(seeds);

        var cases = Soak ? 20_000 : 300;
        var accepted = 0;
        var refused = 0;
        for (var caseSeed = 1; caseSeed <= cases; caseSeed++)
        {
            var random = new Random(caseSeed);
            var (input, trail) = Mutator.Mutate(seeds[random.Next(seeds.Length)], 1 + random.Next(3), random, JsonMutations.All);
            var generic = Outcome(Generic, input);
            var fast = Outcome(Fast, input);
            Assert.True(generic == fast, $"case {caseSeed} ({trail}): generic {generic}\nhand-written {fast}\ninput: {Mutator.Show(input)}");
            if (generic.StartsWith("read ", StringComparison.Ordinal))
            {
                accepted++;
            }
            else
            {
                refused++;
            }
        }

        // Damage that never keeps a document valid, or never breaks it, would compare too little.
        Assert.True(accepted > 0, $"only {accepted} of {cases} damaged documents were readable");
        Assert.True(refused > cases / 3, $"only {refused} of {cases} damaged documents were refused");
    }

    /// <summary>
    /// Every member of every risk and asset of the <c>isms</c> fixture (and of their assessments, acceptance,
    /// classification and FAIR model), one at a time: removed, duplicated, renamed, written with an escaped name, given
    /// a value of each other JSON type, an extreme number, a hostile or escaped string, an impossible date; every item
    /// of their lists replaced; an unknown member added. The hand-written and generic paths agree on each.
    /// </summary>
    [Fact]
    public void Both_paths_agree_on_every_damaged_member_of_a_risk_and_an_asset()
    {
        var root = JsonNode.Parse(File.ReadAllBytes(Fixtures.Path("isms", "v2.json")))!.AsObject();
        string[] values =
        [
            .. JsonMutations.OtherTypes, "1.5", "2147483648", "-0", "1e2", "3", "\"\\ud800\"", "\"a\\u0041\"", "\"\"", "\"2026-02-30\"",
            "\"2026-1-1\"", "\"+2026-01-01\"", "\"2026-01-01T00:00\"", "\"20\\u0032\\u0036-01-01\"", "\"Modify\"", "\"High\"", "\"R1\"", "\"A1\"",
        ];
        var cases = 0;
        var refused = 0;
        foreach (var register in new[] { "risks", "assets" })
        {
            foreach (var target in Objects(root[register]!))
            {
                foreach (var key in target.Select(p => p.Key).ToList())
                {
                    var variants = new List<string>
                    {
                        Edit(root, target, t => t.Remove(key)),
                        Edit(root, target, t => Rename(t, key, "__name__"), ("\"__name__\"", $"\"{key}\": {Text(target[key])}, \"{key}\"")),
                        Edit(root, target, t => Rename(t, key, "__name__"), ("\"__name__\"", $"\"{key}x\"")),
                        Edit(root, target, t => Rename(t, key, "__name__"), ("\"__name__\"", $"\"{key.ToUpperInvariant()}\"")),
                        Edit(root, target, t => Rename(t, key, "__name__"), ("\"__name__\"", $"\"\\u{(int)key[0]:x4}{key[1..]}\"")),
                        Edit(root, target, t => t["unknownMember"] = 1),
                    };
                    variants.AddRange(values.Select(value => Edit(root, target, t => t[key] = "__value__", ("\"__value__\"", value))));
                    if (target[key] is JsonArray { Count: > 0 } list)
                    {
                        variants.AddRange(values.Select(value => Edit(root, list, l => l[0] = "__value__", ("\"__value__\"", value))));
                    }

                    foreach (var input in variants)
                    {
                        var bytes = Encoding.UTF8.GetBytes(input);
                        var generic = Outcome(Generic, bytes);
                        Assert.True(generic == Outcome(Fast, bytes), $"{register}, member {key}: generic {generic}\nhand-written {Outcome(Fast, bytes)}\ninput: {input}");
                        cases++;
                        refused += generic.StartsWith("read ", StringComparison.Ordinal) ? 0 : 1;
                    }
                }
            }
        }

        Assert.True(cases > 1000 && refused > cases / 2, $"{refused} of {cases} damaged documents refused");
    }

    /// <summary>
    /// The single-pass read (the risks and assets read while the document is scanned, the rest without them) against
    /// the generic path on the <c>isms</c> fixture with its root changed: the registers duplicated, escaped, null, not
    /// arrays, missing, moved before the envelope; another kind or version; an older embedded record; damage after
    /// the registers. Both the typed and the untyped read give the same model or the same error.
    /// </summary>
    [Fact]
    public void Both_paths_agree_on_documents_whose_root_is_changed()
    {
        var text = File.ReadAllText(Fixtures.Path("isms", "v2.json"));
        var root = JsonNode.Parse(text)!.AsObject();
        var risks = Text(root["risks"]);
        var assets = Text(root["assets"]);
        var compact = root.ToJsonString(Relaxed);
        string[] variants =
        [
            text,
            compact,
            compact.Replace("\"risks\":", "\"risks\":" + risks + ",\"risks\":", StringComparison.Ordinal),
            compact.Replace("\"assets\":", "\"assets\":[],\"assets\":", StringComparison.Ordinal),
            compact.Replace("\"risks\":", "\"ri\\u0073ks\":" + risks + ",\"risks\":", StringComparison.Ordinal),
            compact.Replace("\"risks\":", "\"ri\\u0073ks\":", StringComparison.Ordinal),
            compact.Replace("\"risks\":" + risks, "\"risks\":null", StringComparison.Ordinal),
            compact.Replace("\"risks\":" + risks, "\"risks\":{}", StringComparison.Ordinal),
            compact.Replace("\"risks\":" + risks + ",", string.Empty, StringComparison.Ordinal),
            compact.Replace("\"assets\":" + assets + ",", string.Empty, StringComparison.Ordinal),
            compact.Replace("\"risks\":" + risks, "\"risks\":[]", StringComparison.Ordinal),
            "{\"risks\":" + risks + ",\"assets\":" + assets + "," + compact[1..]
                .Replace("\"risks\":" + risks + ",", string.Empty, StringComparison.Ordinal)
                .Replace("\"assets\":" + assets + ",", string.Empty, StringComparison.Ordinal),
            compact.Replace("\"kind\":\"isms\"", "\"kind\":\"control-catalog\"", StringComparison.Ordinal),
            compact.Replace("\"schemaVersion\":2,\"kind\"", "\"schemaVersion\":3,\"kind\"", StringComparison.Ordinal),
            compact.Replace("\"schemaVersion\":2,\"kind\"", "\"schemaVersion\":1,\"kind\"", StringComparison.Ordinal),
            compact.Replace("\"kind\":\"isms\",", string.Empty, StringComparison.Ordinal),
            compact.Replace("\"schemaVersion\":1,\"kind\":\"risk-methodology\"", "\"schemaVersion\":0,\"kind\":\"risk-methodology\"", StringComparison.Ordinal),
            compact.Replace("\"schemaVersion\":1,\"kind\":\"risk-methodology\"", "\"schemaVersion\":9,\"kind\":\"risk-methodology\"", StringComparison.Ordinal),
            compact[..^1] + ",\"unknown\":1}",
            compact[..^1] + ",}",
            compact + "x",
            compact[..^1],
            compact.Replace("\"risks\":" + risks, "\"risks\":" + risks[..^1] + ",null]", StringComparison.Ordinal),
            compact.Replace("\"risks\":" + risks, "\"risks\":" + risks[..^1] + ",{}]", StringComparison.Ordinal),
            compact.Replace("\"risks\":" + risks, "\"risks\":" + risks[..^1] + ",[]]", StringComparison.Ordinal),
            compact.Replace("\"risks\":" + risks, "\"risks\":" + risks[..^1] + ",", StringComparison.Ordinal),
        ];
        Assert.Contains("schemaVersion\":1,\"kind\":\"risk-methodology\"", compact, StringComparison.Ordinal);
        var refused = 0;
        foreach (var variant in variants)
        {
            var bytes = Encoding.UTF8.GetBytes(variant);
            var generic = Outcome(Generic, bytes);
            Assert.Equal(generic, Outcome(Fast, bytes));
            Assert.Equal(TypedOutcome(Generic, bytes), TypedOutcome(Fast, bytes));
            refused += generic.StartsWith("read ", StringComparison.Ordinal) ? 0 : 1;
        }

        Assert.True(refused > variants.Length / 2, $"{refused} of {variants.Length} changed documents refused");
        Assert.StartsWith("read ", Outcome(Fast, Encoding.UTF8.GetBytes(compact)), StringComparison.Ordinal);
    }

    /// <summary>
    /// The limits (items per collection, string length, depth) applied while the registers are read in the single pass:
    /// with limits that the registers of generated models and of damaged documents reach or just miss, both paths
    /// accept and refuse the same documents with the same error.
    /// </summary>
    [Fact]
    public void Both_paths_apply_the_same_limits_to_the_registers()
    {
        var limits = new[]
        {
            new IsmsDocumentOptions { MaxItemsPerCollection = 16 },
            new IsmsDocumentOptions { MaxItemsPerCollection = 3 },
            new IsmsDocumentOptions { MaxStringBytes = 16 },
            new IsmsDocumentOptions { MaxStringBytes = 40 },
            new IsmsDocumentOptions { MaxDepth = 7 },
            new IsmsDocumentOptions { MaxDepth = 8 },
        };
        var seeds = IsmsArbitraries.Isms.Sample(40, new Rnd(20261208UL), 60)
            .Where(i => i.Risks.Count + i.Assets.Count >= 6)
            .Take(6)
            .SelectMany(i => new[] { GenericCompact.Serialize(i), Generic.Serialize(i) })
            .Append(File.ReadAllBytes(Fixtures.Path("isms", "v2.json")))
            .ToArray();
        var cases = 0;
        var accepted = 0;
        var refused = 0;
        foreach (var options in limits)
        {
            var fast = new IsmsDocumentSerializer(options, handWrittenRegisters: true);
            var generic = new IsmsDocumentSerializer(options, handWrittenRegisters: false);
            for (var caseSeed = 0; caseSeed < 40; caseSeed++)
            {
                var random = new Random(caseSeed);
                var seed = seeds[random.Next(seeds.Length)];
                var input = caseSeed < seeds.Length ? seeds[caseSeed] : Mutator.Mutate(seed, 1 + random.Next(2), random, JsonMutations.All).Input;
                var expected = Outcome(generic, input);
                Assert.Equal(expected, Outcome(fast, input));
                Assert.Equal(TypedOutcome(generic, input), TypedOutcome(fast, input));
                cases++;
                if (expected.StartsWith("read ", StringComparison.Ordinal))
                {
                    accepted++;
                }
                else
                {
                    refused++;
                }
            }
        }

        Assert.True(accepted > 0 && refused > cases / 3, $"{accepted} accepted, {refused} refused of {cases}");
    }

    /// <summary>What the typed read (<c>Deserialize&lt;InformationSecurityManagementSystem&gt;</c>) of <paramref name="input"/> gives.</summary>
    private static string TypedOutcome(IsmsDocumentSerializer serializer, byte[] input)
    {
        try
        {
            return "read " + Encoding.UTF8.GetString(Generic.Serialize(serializer.Deserialize<InformationSecurityManagementSystem>(input)));
        }
        catch (IsmsDocumentException ex)
        {
            return string.Join("\n", ex.Problems.Select(p => $"{p.Code} at {p.Location.Path} ({p.Location.Line}:{p.Location.Position}): {p.Problem} / {p.Expected} / {p.Value}"));
        }
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Text(JsonNode? node) => node?.ToJsonString(Relaxed) ?? "null";

    /// <summary>Every object in <paramref name="node"/>, itself included.</summary>
    private static IEnumerable<JsonObject> Objects(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Objects(v!))),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Objects(v!)),
        _ => [],
    };

    private static void Rename(JsonObject target, string key, string name)
    {
        var members = target.ToList();
        target.Clear();
        foreach (var (k, v) in members)
        {
            target[k == key ? name : k] = v;
        }
    }

    /// <summary>The whole document with <paramref name="edit"/> applied to a copy of <paramref name="target"/>'s document and the raw text swapped in.</summary>
    private static string Edit<TNode>(JsonObject root, TNode target, Action<TNode> edit, (string Marker, string Raw)? swap = null)
        where TNode : JsonNode
    {
        // Edit in place, write, then restore the original by re-parsing what it was.
        var path = target.GetPath();
        var copy = JsonNode.Parse(root.ToJsonString(Relaxed))!;
        var node = (TNode)Locate(copy, path);
        edit(node);
        var text = copy.ToJsonString(Relaxed);
        return swap is { } s ? text.Replace(s.Marker, s.Raw, StringComparison.Ordinal) : text;
    }

    private static JsonNode Locate(JsonNode root, string path)
    {
        var node = root;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z]+)|\[(\d+)\]"))
        {
            node = m.Groups[1].Success ? node[m.Groups[1].Value]! : node[int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node;
    }

    /// <summary>What reading <paramref name="input"/> gives: the model as the generic path writes it, or the error in full.</summary>
    private static string Outcome(IsmsDocumentSerializer serializer, byte[] input)
    {
        try
        {
            var document = serializer.Deserialize(input);
            return "read " + document.Kind + " " + Encoding.UTF8.GetString(document.Model is InformationSecurityManagementSystem isms ? Generic.Serialize(isms) : []);
        }
        catch (IsmsDocumentException ex)
        {
            return string.Join("\n", ex.Problems.Select(p => $"{p.Code} at {p.Location.Path} ({p.Location.Line}:{p.Location.Position}): {p.Problem} / {p.Expected} / {p.Value}"));
        }
    }
}
