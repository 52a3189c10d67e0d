using System.Collections.Frozen;
using System.Globalization;

namespace Isms.Core.Monitoring;

/// <summary>
/// The syntax check of an RFC 5545 (iCalendar) RRULE value such as <c>FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1</c>: parts
/// <c>NAME=VALUE</c> separated by <c>;</c>, names from RFC 5545 section 3.3.10 each at most once, <c>FREQ</c> present,
/// not both <c>COUNT</c> and <c>UNTIL</c>. Core stores the rule as text; expanding it into dates is the work of
/// Isms.Evidence, which reports a rule it cannot expand as a finding on the entity.
/// </summary>
internal static class RecurrenceRule
{
    private static readonly FrozenSet<string> Names = BuildNames();

    private static readonly FrozenSet<string> Frequencies = BuildFrequencies();

    /// <summary>The RRULE part names of RFC 5545 section 3.3.10, a new set on every call (tests check the table itself).</summary>
    internal static FrozenSet<string> BuildNames() => new[]
    {
        "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The FREQ values of RFC 5545 section 3.3.10, a new set on every call (tests check the table itself).</summary>
    internal static FrozenSet<string> BuildFrequencies() =>
        new[] { "SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY" }.ToFrozenSet(StringComparer.Ordinal);

    public static string Check(string value, string field)
    {
        Core.Check.Text(value, field);
        var problem = Problem(value);
        if (problem is not null)
        {
            throw Fault.AtField(
                IsmsErrorCodes.InvalidRecurrenceRule,
                string.Create(CultureInfo.InvariantCulture, $"{field} '{value}' is not an RFC 5545 recurrence rule (e.g. FREQ=MONTHLY;INTERVAL=3): {problem}."),
                field,
                value);
        }

        return value;
    }

    private static string? Problem(string value)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in value.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                return $"'{part}' is not NAME=VALUE";
            }

            var name = part[..eq];
            var text = part[(eq + 1)..];
            if (!Names.Contains(name))
            {
                return $"'{name}' is not a part of RRULE (names are upper case)";
            }

            if (!seen.Add(name))
            {
                return $"'{name}' appears twice";
            }

            foreach (var c in text)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not (',' or '+' or '-'))
                {
                    return $"the value of {name} holds '{c}'";
                }
            }

            if (name == "FREQ" && !Frequencies.Contains(text))
            {
                return $"FREQ '{text}' is not one of {string.Join(", ", Frequencies.Order(StringComparer.Ordinal))}";
            }
        }

        if (!seen.Contains("FREQ"))
        {
            return "FREQ is missing";
        }

        return seen.Contains("COUNT") && seen.Contains("UNTIL") ? "COUNT and UNTIL must not both be given" : null;
    }
}
