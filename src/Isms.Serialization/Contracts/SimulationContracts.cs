using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Isms.Core;
using Isms.Risk.Quantitative;

namespace Isms.Serialization.Contracts;

/// <summary>The summary of an Open FAIR Monte Carlo run (<c>POST /simulations</c>, <c>isms simulate --format json</c>):
/// per scenario and for the portfolio, the annual loss mean, standard error, standard deviation, the 10th, 50th, 90th,
/// 95th and 99th percentiles and the loss exceedance curve. No samples: a summary is a few kilobytes whatever the
/// iteration count.</summary>
/// <remarks>Money is rounded to cents and probabilities to six decimals, so the same seed gives the same bytes. The
/// seed is a string: a JavaScript client cannot hold integers above 2^53 as numbers.</remarks>
public sealed record SimulationSummaryContract
{
    /// <summary>The seed the run used, as a decimal string (run it again with this seed to reproduce it bit for bit).</summary>
    public required string Seed { get; init; }

    /// <summary>The number of simulated years.</summary>
    public required int Iterations { get; init; }

    /// <summary><c>annual</c> (annual loss) or <c>expected</c> (expected loss).</summary>
    public required string Mode { get; init; }

    /// <summary>One summary per scenario.</summary>
    public required ImmutableArray<ScenarioSummaryContract> Scenarios { get; init; }

    /// <summary>The portfolio: the sum of the scenarios' losses year by year.</summary>
    public required LossSummaryContract Portfolio { get; init; }

    /// <summary>The summary of a simulation result.</summary>
    /// <param name="result">The result of a run with <see cref="SimulationOptions.KeepScenarioSamples"/> (the scenarios'
    /// percentiles need their distributions).</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentException">A scenario has no distribution (the run did not keep scenario samples).</exception>
    public static SimulationSummaryContract From(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Scenarios.Any(s => s.Distribution is null))
        {
            throw new ArgumentException("The scenarios' percentiles need their distributions: run the simulation with KeepScenarioSamples = true.", nameof(result));
        }

        return new()
        {
            Seed = result.Seed.ToString(CultureInfo.InvariantCulture),
            Iterations = result.Iterations,
            Mode = result.Mode == SimulationMode.AnnualLoss ? "annual" : "expected",
            Scenarios = [.. result.Scenarios.Select(s => ScenarioSummaryContract.From(s.Id.Value, s.Name, s.Distribution!))],
            Portfolio = LossSummaryContract.From(result.Portfolio),
        };
    }
}

/// <summary>The loss statistics of one distribution (a scenario's or the portfolio's).</summary>
public record LossSummaryContract
{
    /// <summary>The percentile levels of every summary.</summary>
    public static ImmutableArray<double> Levels { get; } = [0.10, 0.50, 0.90, 0.95, 0.99];

    /// <summary>The mean annual loss.</summary>
    public required double Mean { get; init; }

    /// <summary>The standard error of the mean.</summary>
    public required double StandardError { get; init; }

    /// <summary>The standard deviation.</summary>
    [JsonPropertyName("sd")]
    public required double StandardDeviation { get; init; }

    /// <summary>The 10th percentile.</summary>
    public required double P10 { get; init; }

    /// <summary>The median.</summary>
    public required double P50 { get; init; }

    /// <summary>The 90th percentile.</summary>
    public required double P90 { get; init; }

    /// <summary>The 95th percentile.</summary>
    public required double P95 { get; init; }

    /// <summary>The 99th percentile.</summary>
    public required double P99 { get; init; }

    /// <summary>The loss exceedance curve: P(annual loss &gt; loss), loss increasing.</summary>
    public required ImmutableArray<LecPointContract> Lec { get; init; }

    /// <summary>The statistics of a distribution.</summary>
    /// <param name="distribution">The distribution.</param>
    /// <returns>The contract.</returns>
    public static LossSummaryContract From(LossDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return new()
        {
            Mean = Money(distribution.Mean),
            StandardError = Money(distribution.StandardError),
            StandardDeviation = Money(distribution.StandardDeviation),
            P10 = Money(distribution.Percentile(0.10)),
            P50 = Money(distribution.Percentile(0.50)),
            P90 = Money(distribution.Percentile(0.90)),
            P95 = Money(distribution.Percentile(0.95)),
            P99 = Money(distribution.Percentile(0.99)),
            Lec = [.. distribution.ExceedanceCurve.Points.Select(p => new LecPointContract { Loss = Money(p.Loss), Probability = Math.Round(p.Probability, 6) })],
        };
    }

    /// <summary>Rounds money to cents.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount rounded to two decimals.</returns>
    protected static double Money(double value) => Math.Round(value, 2);
}

/// <summary>The loss statistics of one scenario.</summary>
public sealed record ScenarioSummaryContract : LossSummaryContract
{
    /// <summary>The scenario's id.</summary>
    [JsonPropertyOrder(-2)]
    public required string Id { get; init; }

    /// <summary>The scenario's name.</summary>
    [JsonPropertyOrder(-1)]
    public required string Name { get; init; }

    /// <summary>The statistics of a scenario.</summary>
    /// <param name="id">The scenario's id.</param>
    /// <param name="name">The scenario's name.</param>
    /// <param name="distribution">Its loss distribution.</param>
    /// <returns>The contract.</returns>
    public static ScenarioSummaryContract From(string id, string name, LossDistribution distribution)
    {
        var stats = LossSummaryContract.From(distribution);
        return new()
        {
            Id = id,
            Name = name,
            Mean = stats.Mean,
            StandardError = stats.StandardError,
            StandardDeviation = stats.StandardDeviation,
            P10 = stats.P10,
            P50 = stats.P50,
            P90 = stats.P90,
            P95 = stats.P95,
            P99 = stats.P99,
            Lec = stats.Lec,
        };
    }
}

/// <summary>One point of a loss exceedance curve.</summary>
public sealed record LecPointContract
{
    /// <summary>The annual loss.</summary>
    public required double Loss { get; init; }

    /// <summary>The probability that a year's loss exceeds it.</summary>
    public required double Probability { get; init; }
}

/// <summary>A request to run a simulation: <c>{"iterations":N,"seed":"S"}</c>, both optional.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SimulationRequestContract
{
    /// <summary>The number of simulated years, or null for the default.</summary>
    public int? Iterations { get; init; }

    /// <summary>The seed as a decimal string (0 to 18446744073709551615), or null for a random one.</summary>
    public string? Seed { get; init; }

    /// <summary>Applies the request to simulation options.</summary>
    /// <param name="defaults">The host's defaults.</param>
    /// <returns>The options to run with.</returns>
    /// <exception cref="IsmsException">The seed is not a whole number in range or the iteration count is not positive
    /// (<see cref="ContractErrorCodes.InvalidSimulationRequest"/>).</exception>
    public SimulationOptions ApplyTo(SimulationOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var options = defaults;
        if (Iterations is { } n)
        {
            if (n <= 0)
            {
                throw new IsmsException(new IsmsError(ContractErrorCodes.InvalidSimulationRequest, $"iterations must be a positive whole number (was {n}).") { Member = "iterations", Value = n.ToString(CultureInfo.InvariantCulture) });
            }

            options = options with { Iterations = n };
        }

        if (Seed is { } text)
        {
            if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            {
                throw new IsmsException(new IsmsError(ContractErrorCodes.InvalidSimulationRequest, $"seed must be a whole number from 0 to 18446744073709551615 written as a string (was '{(text.Length <= 40 ? text : text[..40] + "...")}').") { Member = "seed", Value = text.Length <= 40 ? text : text[..40] });
            }

            options = options with { Seed = seed };
        }

        return options;
    }
}
