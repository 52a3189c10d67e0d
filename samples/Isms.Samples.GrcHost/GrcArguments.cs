using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Isms.Samples.GrcHost;

/// <summary>The host's command line.</summary>
/// <param name="Store">The store folder (default <c>grc-store</c>).</param>
/// <param name="AsOf">The day to evaluate; null for the clock's today.</param>
/// <param name="Window">The look-ahead window (default 30 days).</param>
/// <param name="Reseed">Whether to (re)write the three sample organisations first.</param>
public sealed record GrcArguments(string Store, LocalDate? AsOf, Period Window, bool Reseed)
{
    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <exception cref="GrcUsageException">An argument is unknown or malformed.</exception>
    public static GrcArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new GrcArguments("grc-store", null, Period.FromDays(30), false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new GrcUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--store":
                    result = result with { Store = Value() };
                    break;
                case "--as-of":
                    var text = Value();
                    var parsed = LocalDatePattern.Iso.Parse(text);
                    result = parsed.Success ? result with { AsOf = parsed.Value } : throw new GrcUsageException($"--as-of '{text}' is not a date (YYYY-MM-DD)");
                    break;
                case "--window":
                    var days = Value();
                    result = int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 366
                        ? result with { Window = Period.FromDays(n) }
                        : throw new GrcUsageException($"--window '{days}' must be a number of days from 0 to 366");
                    break;
                case "--reseed":
                    result = result with { Reseed = true };
                    break;
                default:
                    throw new GrcUsageException($"unknown argument '{args[i]}' (usage: isms-grc [--store DIR] [--as-of YYYY-MM-DD] [--window DAYS] [--reseed])");
            }
        }

        return result;
    }
}
