using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Isms.Serialization.Tests.Fuzz;

/// <summary>
/// The property every reader must hold on hostile input: whatever the mutation engine makes of a valid input, the
/// reader either returns a model or throws <see cref="IsmsDocumentException"/>, never anything else; the exception has
/// an <c>ISMS-DOC-</c> code, says where (a JSON path that exists in the input, or a line), and its message is one
/// line of well-formed text. A few hundred fixed cases per reader by default (the same every run), <see cref="SoakCases"/>
/// random ones with <c>ISMS_SOAK=1</c>; a failure names the case's seed, the mutations applied and the input.
/// </summary>
public static class FuzzHarness
{
    /// <summary>Cases per reader in the default run.</summary>
    public const int DefaultCases = 300;

    /// <summary>Cases per reader with <c>ISMS_SOAK=1</c>.</summary>
    public const int SoakCases = 20_000;

    /// <summary>The number of cases this run checks.</summary>
    public static int Cases { get; } = Soak ? SoakCases : DefaultCases;

    /// <summary>True with <c>ISMS_SOAK=1</c>: random cases instead of the fixed ones.</summary>
    private static bool Soak => Environment.GetEnvironmentVariable("ISMS_SOAK") == "1";

    /// <summary>Checks the property for one reader.</summary>
    /// <param name="reader">The reader's name, for failure reports.</param>
    /// <param name="seeds">Valid inputs to start from (each must read without error: checked first).</param>
    /// <param name="mutations">The format's mutations.</param>
    /// <param name="read">Runs the reader on bytes.</param>
    /// <param name="json">True when errors are placed by JSON path (checked to exist in the input), false for line-based text.</param>
    /// <param name="ownCodes">Codes of the reader's own package it may throw besides the <c>ISMS-DOC-</c> ones (an OSCAL reader's <c>ISMS-OSCAL-</c> codes), or null.</param>
    /// <returns>How many cases were read without error and how many were refused (to check the engine reaches both).</returns>
    public static (int Accepted, int Refused) Run(string reader, IReadOnlyList<byte[]> seeds, IReadOnlyList<Mutation> mutations, Action<byte[]> read, bool json, IReadOnlyCollection<string>? ownCodes = null)
    {
        foreach (var seed in seeds)
        {
            read(seed);
        }

        var accepted = 0;
        var refused = 0;
        void RunCase(int caseSeed)
        {
            var random = new Random(caseSeed);
            var (input, trail) = Mutator.Mutate(seeds[random.Next(seeds.Count)], 1 + random.Next(3), random, mutations);
            try
            {
                read(input);
                accepted++;
            }
            catch (IsmsDocumentException ex)
            {
                refused++;
                var problem = Check(ex, input, json, ownCodes);
                if (problem is not null)
                {
                    Assert.Fail($"{reader}, case {caseSeed} ({trail}): {problem}\nmessage: {Printable(ex.Message)}\ninput: {Mutator.Show(input)}");
                }
            }
            catch (Exception ex)
            {
                Assert.Fail($"{reader}, case {caseSeed} ({trail}): {ex.GetType().Name} escaped: {Printable(ex.Message)}\ninput: {Mutator.Show(input)}\n{ex.StackTrace}");
            }
        }

        // The default run (CI) checks the same cases every time, so a failure is reproducible and never flaky; the soak
        // run draws fresh cases, to find what the fixed ones miss.
        if (!Soak)
        {
            for (var caseSeed = 1; caseSeed <= Cases; caseSeed++)
            {
                RunCase(caseSeed);
            }

            return (accepted, refused);
        }

        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), caseSeed => RunCase(caseSeed))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        return (accepted, refused);
    }

    /// <summary>What is wrong with a document error, or null when it is as promised.</summary>
    public static string? Check(IsmsDocumentException ex, byte[] input, bool json, IReadOnlyCollection<string>? ownCodes = null)
    {
        if (ownCodes?.Contains(ex.Code) == true)
        {
            // A code of the reader's own package: the place and message rules below still apply.
        }
        else if (ex.Code.Length != 12 || !ex.Code.StartsWith("ISMS-DOC-0", StringComparison.Ordinal) || !int.TryParse(ex.Code.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return $"the code {ex.Code} is not an ISMS-DOC code";
        }

        if (!ex.Message.StartsWith(ex.Code + " ", StringComparison.Ordinal))
        {
            return "the message does not start with its code";
        }

        if (FirstNotOneLine(ex.Message) is { } bad)
        {
            return $"the message is not one line of well-formed text: U+{(int)bad:X4}";
        }

        var wholeDocument = ex.Code is DocumentErrorCodes.DocumentTooLarge or DocumentErrorCodes.InvalidUtf8 or DocumentErrorCodes.MissingMember;
        if (ex.Line is null && ex.Path is null && !wholeDocument)
        {
            return "the error says neither a path nor a line";
        }

        var lines = 1 + input.Count((byte)'\n') + input.Count((byte)'\r');
        if (ex.Line is { } line && (line < 1 || line > lines + 1))
        {
            return $"line {line} is outside the input's {lines} lines";
        }

        if (json && ex.Path is { } path && ex.Code is not (DocumentErrorCodes.MalformedJson or DocumentErrorCodes.InvalidUtf8 or DocumentErrorCodes.TooDeep
            or DocumentErrorCodes.TooManyItems or DocumentErrorCodes.TokenTooLong or DocumentErrorCodes.DocumentTooLarge)
            && !path.Contains('\\', StringComparison.Ordinal) && PathExists(input, path) == false)
        {
            return $"the path {path} names nothing in the input";
        }

        return null;
    }

    /// <summary>The first character that breaks a line, controls a terminal or is a lone surrogate, if any.</summary>
    public static char? FirstNotOneLine(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069'))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>True when the JSON path (<c>$.a[2]['b c']</c>) resolves in the input; null when the input does not parse.</summary>
    public static bool? PathExists(byte[] input, string path)
    {
        JsonDocument document;
        try
        {
            var utf8 = input.AsSpan();
            utf8 = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 5000 });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return null;
        }

        using (document)
        {
            try
            {
                return Resolves(document.RootElement, path);
            }
            catch (InvalidOperationException)
            {
                return null; // a member name of the input does not decode (a lone surrogate): the reader refuses it anyway
            }
        }
    }

    private static bool Resolves(JsonElement root, string path) => Resolves(root, Segments(path).ToList(), 0);

    // A member name may appear twice in hostile input (a renamed member colliding with a sibling); the reader may
    // report the error inside either copy, so the path resolves when it resolves through any of them.
    private static bool Resolves(JsonElement current, List<object> segments, int at)
    {
        if (at == segments.Count)
        {
            return true;
        }

        if (segments[at] is int index)
        {
            return current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength() && Resolves(current[index], segments, at + 1);
        }

        if (current.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var member in current.EnumerateObject())
        {
            if (member.NameEquals((string)segments[at]) && Resolves(member.Value, segments, at + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<object> Segments(string path)
    {
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                yield return path[(i + 2)..end];
                i = end + 2;
            }
            else
            {
                var end = path.IndexOf(']', i);
                yield return int.Parse(path.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture);
                i = end + 1;
            }
        }
    }

    private static string Printable(string text) => string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
