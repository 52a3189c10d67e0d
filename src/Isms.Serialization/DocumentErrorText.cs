using System.Globalization;
using System.Text;

namespace Isms.Serialization;

/// <summary>
/// The one way an error message echoes what it read: a value, a member name, a line. Text from a file may hold line
/// breaks (<c>\n</c>, <c>\r</c>, U+0085, U+2028, U+2029), other control characters, bidirectional overrides or lone
/// UTF-16 surrogates; echoed raw, they would split a one-line error in two, garble a log or a terminal, or reorder
/// what a reader sees. Every reader of Isms.Serialization builds its messages with this type, and
/// <see cref="IsmsDocumentException"/> passes its whole message through <see cref="OneLine"/>, so a message is always
/// one line of well-formed text. Hosts that print their own errors (a command line, a web API) should use it too.
/// </summary>
/// <remarks>
/// Escapes are those of JSON strings: <c>\n</c>, <c>\r</c>, <c>\t</c>, otherwise <c>\uXXXX</c> (lower-case hex).
/// <see cref="Quote(string?)"/> and <see cref="Escape(string?)"/> also escape the back slash, so an escaped value reads back
/// unambiguously; <see cref="OneLine"/> leaves back slashes alone (it is applied to finished sentences).
/// </remarks>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
public static class DocumentErrorText
{
    /// <summary>Echoed values longer than this many characters are cut, and end with <c>...</c>.</summary>
    public const int MaxEchoedLength = 80;

    /// <summary>
    /// The value as a message shows it: in single quotes, escaped (see the type's remarks), cut after
    /// <see cref="MaxEchoedLength"/> characters. <c>null</c> gives <c>null</c> (without quotes).
    /// </summary>
    /// <param name="value">The value as read.</param>
    /// <returns>One line, e.g. <c>'R-01\u2028x'</c>.</returns>
    public static string Quote(string? value) => value is null ? "null" : "'" + Escape(value) + "'";

    /// <summary>The value escaped (see the type's remarks) and cut after <see cref="MaxEchoedLength"/> characters, without quotes.</summary>
    /// <param name="value">The value as read.</param>
    /// <returns>One line; empty for null.</returns>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var cut = value.Length > MaxEchoedLength;
        var length = cut ? MaxEchoedLength : value.Length;
        if (cut && char.IsHighSurrogate(value[length - 1]) && char.IsLowSurrogate(value[length]))
        {
            length--; // never split a pair: half of it would be a lone surrogate
        }

        var text = new StringBuilder(length + 8);
        Append(text, value.AsSpan(0, length), escapeBackslash: true);
        if (cut)
        {
            text.Append("...");
        }

        return text.ToString();
    }

    /// <summary>
    /// The text with every character that would break a line, control a terminal or reorder the text escaped (see the
    /// type's remarks); back slashes and everything else unchanged. Not cut.
    /// </summary>
    /// <param name="text">A finished sentence, e.g. a message built from several parts.</param>
    /// <returns>The text as one line; the same instance when nothing needed escaping.</returns>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        result.Append(text.AsSpan(0, first));
        Append(result, text.AsSpan(first), escapeBackslash: false);
        return result.ToString();
    }

    private static int FirstToEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c))
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static void Append(StringBuilder text, ReadOnlySpan<char> value, bool escapeBackslash)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    text.Append(c).Append(value[i + 1]);
                    i++;
                }
                else
                {
                    AppendCode(text, c);
                }

                continue;
            }

            switch (c)
            {
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\\' when escapeBackslash:
                    text.Append("\\\\");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        AppendCode(text, c);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }
    }

    private static void AppendCode(StringBuilder text, char c) =>
        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    /// <summary>
    /// C0 and C1 controls (tab, line feed, carriage return, U+0085 next line included), delete, the line and paragraph
    /// separators U+2028 and U+2029, and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
    /// U+2066-U+2069), which would reorder the rest of the line on screen.
    /// </summary>
    private static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007f' && c <= '\u009f') || c is '\u2028' or '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
}
