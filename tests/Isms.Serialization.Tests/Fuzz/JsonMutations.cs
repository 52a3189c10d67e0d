using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Isms.Serialization.Tests.Fuzz;

/// <summary>
/// Damage that knows JSON: members deleted, duplicated and renamed, items repeated, values of another type, extreme
/// numbers, escapes that decode to lone surrogates (in values and member names), text with line breaks and controls,
/// ids padded with white space, deep nesting. Each works on the parsed tree (comments skipped) and writes the
/// hostile part as raw text, so what the reader sees is exactly what an attacker could write.
/// </summary>
public static class JsonMutations
{
    private const string Marker = "__fuzz_marker__";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Numbers at and beyond the edges of what a reader can hold.</summary>
    public static readonly string[] ExtremeNumbers =
    [
        "0", "-0", "-1", "1e400", "-1e400", "1e-400", "1e308", "1.7976931348623157e308", "4.9e-324", "2147483648", "-2147483649",
        "9223372036854775808", "123456789012345678901234567890", "0.1", "1", "100", "1e6", "1e10", "1e300", "-1e300",
        new string('9', 70), "1" + new string('0', 400),
    ];

    /// <summary>String literals (as raw JSON) that decode to lone surrogates, line breaks, controls and other hostile text.</summary>
    public static readonly string[] HostileStrings =
    [
        "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud800\\ud800\"", "\"\\udbff\"", "\"x\\ud83d\"", "\"\\ud83d\\ude00\"",
        "\"a\\nb\"", "\"a\\u2028b\"", "\"a\\u0085b\"", "\"a\\u2029b\"", "\"\\u202eevil\"", "\"a\\u0000b\"", "\"a\\tb\"", "\"a\\rb\"",
        "\"\\\"quoted\\\" and \\\\ back slash\"", "\"" + new string('x', 5000) + "\"", "\"\"", "\" \"", "\"\\u00a0\"", "\"\\ufeff\"",
    ];

    /// <summary>Values of every JSON type, to put where another type is expected.</summary>
    public static readonly string[] OtherTypes = ["\"text\"", "0", "-1", "true", "false", "null", "{}", "[]", "[1, 2]", "{\"a\": 1}", "\"1e3\"", "[\"A\"]", "[null]"];

    /// <summary>Every JSON mutation.</summary>
    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("delete", (input, random) => OnTree(input, random, (slot, _) => slot.Remove())),
        new("duplicate-member", (input, random) => OnTree(input, random, (slot, _) =>
            slot.Name is { } name ? slot.Raw($"{slot.Text()}, {Quote(name)}: {slot.Text()}") : slot.Raw($"{slot.Text()}, {slot.Text()}"))),
        new("type-swap", (input, random) => OnTree(input, random, (slot, r) => slot.Raw(OtherTypes[r.Next(OtherTypes.Length)]))),
        new("extreme-number", (input, random) => OnTree(input, random, (slot, r) => slot.Raw(ExtremeNumbers[r.Next(ExtremeNumbers.Length)]))),
        new("hostile-string", (input, random) => OnTree(input, random, (slot, r) => slot.Raw(HostileStrings[r.Next(HostileStrings.Length)]))),
        new("hostile-name", (input, random) => OnTree(input, random, (slot, r) =>
            slot.Name is null ? null : slot.RawName(HostileStrings[r.Next(HostileStrings.Length)]))),
        new("padded-text", (input, random) => OnTree(input, random, (slot, r) =>
            slot.Node is JsonValue v && v.TryGetValue<string>(out var s) ? slot.Raw(Quote(r.Next(3) switch { 0 => " " + s, 1 => s + " ", _ => " " + s + " " })) : null)),
        new("deep-nesting", (input, random) => OnTree(input, random, (slot, r) =>
        {
            var depth = new[] { 10, 63, 65, 200, 1500 }[r.Next(5)];
            return slot.Raw(r.Next(2) == 0
                ? new string('[', depth) + new string(']', depth)
                : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth));
        })),
        new("rename-member", (input, random) => OnTree(input, random, (slot, r) =>
        {
            if (slot.Name is not { } name)
            {
                return null;
            }

            var siblings = slot.Parent is JsonObject o ? o.Select(p => p.Key).ToList() : [];
            return slot.RawName(Quote(r.Next(4) switch
            {
                0 => name + "x",
                1 => name.ToUpperInvariant().Replace(' ', '_'),
                2 => siblings[r.Next(siblings.Count)],
                _ => name.Length > 1 ? name[..^1] : "x",
            }));
        })),
        new("repeat-item", (input, random) => OnTree(input, random, (slot, r) =>
            slot.Index is null ? null : slot.Raw(string.Join(", ", Enumerable.Repeat(slot.Text(), r.Next(2) == 0 ? 2 : 300))))),
        new("wrap", (input, random) => OnTree(input, random, (slot, r) => slot.Raw(r.Next(2) == 0 ? $"[{slot.Text()}]" : $"{{\"value\": {slot.Text()}}}"))),
    ];

    private static string Quote(string text) => JsonSerializer.Serialize(text, Relaxed);

    /// <summary>Parses the input, picks a random value (the root included), lets <paramref name="change"/> damage it, and writes the tree back.</summary>
    private static byte[]? OnTree(byte[] input, Random random, Func<Slot, Random, string?> change)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(input, null, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 2000 });
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }

        // A tree the engine cannot hold (duplicate keys made by an earlier mutation, undecodable text) is left to the other mutations.
        try
        {
            var slots = new List<Slot>();
            Collect(root, null, null, null, slots);
            var slot = slots[random.Next(slots.Count)];
            var replacement = change(slot, random);
            if (replacement is null)
            {
                return null;
            }

            // Put a marker where the damage goes, write the tree, then swap the marker for the raw damage.
            return Encoding.UTF8.GetBytes(slot.Apply(root, replacement));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or EncoderFallbackException)
        {
            return null;
        }
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? name, int? index, List<Slot> slots)
    {
        slots.Add(new Slot(node, parent, name, index));
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    Collect(value, o, key, null, slots);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], a, null, i, slots);
                }

                break;
        }
    }

    /// <summary>A value in the tree and where it sits (a member of an object, an item of an array, or the root).</summary>
    private sealed record Slot(JsonNode? Node, JsonNode? Parent, string? Name, int? Index)
    {
        private string? _raw;
        private string? _rawName;
        private bool _remove;

        public string Text() => Node?.ToJsonString(Relaxed) ?? "null";

        public string Remove()
        {
            _remove = true;
            return string.Empty;
        }

        public string Raw(string raw) => _raw = raw;

        public string RawName(string raw) => _rawName = raw;

        public string Apply(JsonNode? root, string replacement)
        {
            _ = replacement;
            if (Parent is null)
            {
                return _remove ? string.Empty : _raw ?? Text();
            }

            if (_remove)
            {
                if (Parent is JsonObject o)
                {
                    o.Remove(Name!);
                }
                else
                {
                    ((JsonArray)Parent).RemoveAt(Index!.Value);
                }

                return root!.ToJsonString(Relaxed);
            }

            if (_rawName is not null && Parent is JsonObject owner)
            {
                // Rebuild the object in order with the member under a marker name.
                var members = owner.ToList();
                owner.Clear();
                foreach (var (key, value) in members)
                {
                    owner[key == Name ? Marker : key] = value;
                }

                return root!.ToJsonString(Relaxed).Replace(Quote(Marker), _rawName, StringComparison.Ordinal);
            }

            if (Parent is JsonObject obj)
            {
                obj[Name!] = Marker;
            }
            else
            {
                ((JsonArray)Parent)[Index!.Value] = Marker;
            }

            return root!.ToJsonString(Relaxed).Replace(Quote(Marker), _raw, StringComparison.Ordinal);
        }
    }
}
