using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Isms.Samples.CommandLine;

/// <summary>
/// The one set of value parsers both hosts (<c>isms</c> and <c>isms-grc</c>) use for option values, and the one way
/// they echo a value in an error: a date is always ISO <c>YYYY-MM-DD</c>, a seed always an unsigned 64-bit number,
/// a count always a whole number in a stated range. Stateless; thread-safe.
/// </summary>
internal static class OptionValues
{
    /// <summary>How a date is written on the command line.</summary>
    public const string DateSyntax = "YYYY-MM-DD";

    /// <summary>The longest part of a value echoed in an error; the rest is cut (a value can be a whole file).</summary>
    private const int MaxEcho = 120;

    /// <summary>What a date option accepts, for its error.</summary>
    public static string DateExpected => $"a date ({DateSyntax})";

    /// <summary>What a seed option accepts, for its error.</summary>
    public static string SeedExpected { get; } = string.Create(CultureInfo.InvariantCulture, $"a whole number from 0 to {ulong.MaxValue}");

    /// <summary>Reads an ISO calendar date, <c>YYYY-MM-DD</c> (NodaTime's ISO pattern: four-digit year, two-digit month and day).</summary>
    public static bool TryParseDate(string text, out LocalDate value)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        value = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>
    /// Reads a seed: decimal digits only, 0 to 2^64-1 (18446744073709551615), so every seed a run prints is accepted
    /// back. No sign, spaces, separators or exponent.
    /// </summary>
    public static bool TryParseSeed(string text, out ulong value) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads a whole number (decimal, optional leading sign) within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static bool TryParseWholeNumber(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    /// <summary>What a whole-number option accepts, for its error.</summary>
    public static string WholeNumberExpected(int min, int max) => max == int.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"a whole number from {min}")
        : string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");

    /// <summary>The error of a value an option does not accept: <c>option --seed: '-1' is not a whole number from 0 to ...</c>.</summary>
    public static string Invalid(string option, string text, string expected) => $"option {option}: {Echo(text)} is not {expected}";

    /// <summary>
    /// A value as an error shows it: in single quotes, on one line whatever it holds (control characters, NEL, LINE and
    /// PARAGRAPH SEPARATOR escaped as <c>\n</c>, <c>\u2028</c>...), cut after 120 characters.
    /// </summary>
    public static string Echo(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxEcho) + 8).Append('\'');
        for (var i = 0; i < text.Length && i < MaxEcho; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\'':
                    builder.Append("\\'");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (text.Length > MaxEcho)
        {
            builder.Append("...");
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>A message on one line: every line break (CR, LF, CRLF, NEL, LINE and PARAGRAPH SEPARATOR, FF) becomes a space.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Replace('\v', ' ').Trim();
}
