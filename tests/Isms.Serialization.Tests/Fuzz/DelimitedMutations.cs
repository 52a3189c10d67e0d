using System.Text;

namespace Isms.Serialization.Tests.Fuzz;

/// <summary>
/// Damage that knows delimited text (CSV, TSV): lines deleted, repeated, swapped; fields dropped, added, emptied or
/// replaced by extreme numbers, words, padded ids, unclosed quotes, line and paragraph separators, controls, very long
/// text; the separator changed; line ends switched between LF, CRLF and CR.
/// </summary>
public static class DelimitedMutations
{
    /// <summary>Hostile field values (as they appear in the file).</summary>
    public static readonly string[] HostileFields =
    [
        "", " ", "often", "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "-1", "0", "1e308", "1,5", "0x10", "１２",
        " A ", "A ", "\"unclosed", "\"a\"\"b\"", "\"quoted\"", "a\u2028b", "a\u0085b", "a\u2029b", "\u202eevil", "a\rb", "a\u0000b",
        "#comment", "Identifier", "id", "x\ty", "\ud83d\ude00", new string('x', 3000), new string('9', 400),
        "Preventive,Secrecy", "#Detect", "true", "maybe", "A.5.1.1", "5.1", "9.9",
    ];

    /// <summary>The mutations for text separated by <paramref name="separator"/>.</summary>
    public static IReadOnlyList<Mutation> For(char separator) =>
    [
        new("delete-line", (input, random) => OnLines(input, random, (lines, r) => lines.RemoveAt(r.Next(lines.Count)))),
        new("repeat-line", (input, random) => OnLines(input, random, (lines, r) =>
        {
            var i = r.Next(lines.Count);
            lines.Insert(i, lines[i]);
        })),
        new("swap-lines", (input, random) => OnLines(input, random, (lines, r) =>
        {
            var (i, j) = (r.Next(lines.Count), r.Next(lines.Count));
            (lines[i], lines[j]) = (lines[j], lines[i]);
        })),
        new("drop-field", (input, random) => OnField(input, random, separator, (fields, i, _) => fields.RemoveAt(i))),
        new("add-field", (input, random) => OnField(input, random, separator, (fields, i, r) => fields.Insert(i, HostileFields[r.Next(HostileFields.Length)]))),
        new("hostile-field", (input, random) => OnField(input, random, separator, (fields, i, r) => fields[i] = HostileFields[r.Next(HostileFields.Length)])),
        new("pad-field", (input, random) => OnField(input, random, separator, (fields, i, r) => fields[i] = r.Next(2) == 0 ? " " + fields[i] + " " : fields[i] + "\u00a0")),
        new("other-separator", (input, random) => OnLines(input, random, (lines, r) =>
        {
            var i = r.Next(lines.Count);
            lines[i] = lines[i].Replace(separator, separator == ',' ? '\t' : ',');
        })),
        new("line-ends", (input, random) =>
        {
            var text = Encoding.UTF8.GetString(input).Replace("\r\n", "\n", StringComparison.Ordinal);
            return Encoding.UTF8.GetBytes(random.Next(3) switch
            {
                0 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
                1 => text.Replace('\n', '\r'),
                _ => text.Replace("\n", "\u2028", StringComparison.Ordinal),
            });
        }),
        new("many-lines", (input, random) => OnLines(input, random, (lines, r) =>
        {
            var i = r.Next(lines.Count);
            lines.InsertRange(i, Enumerable.Repeat(lines[i], 500));
        })),
    ];

    private static byte[]? OnLines(byte[] input, Random random, Action<List<string>, Random> change)
    {
        if (!TryText(input, out var text))
        {
            return null;
        }

        var lines = text.Split('\n').ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        change(lines, random);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[]? OnField(byte[] input, Random random, char separator, Action<List<string>, int, Random> change) =>
        OnLines(input, random, (lines, r) =>
        {
            var line = r.Next(lines.Count);
            var fields = lines[line].Split(separator).ToList();
            change(fields, r.Next(fields.Count), r);
            lines[line] = string.Join(separator, fields);
        });

    /// <summary>Line mutations need text: on bytes that are not valid UTF-8 they do not apply.</summary>
    private static bool TryText(byte[] input, out string text)
    {
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(input);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }
}
