using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative;
using Isms.Serialization;
using Isms.Serialization.Import;

namespace Isms.Cli.Commands;

/// <summary>
/// <c>isms simulate [FILE.csv|FILE.json]</c>: the Open FAIR Monte Carlo simulation of quantified risks, per scenario and for
/// the portfolio: mean, P10, P50, P90, P95, P99 and the loss exceedance curve. Without a file, the sample organisation's.
/// </summary>
internal sealed class SimulateVerb : Verb
{
    private static readonly double[] Levels = [0.10, 0.50, 0.90, 0.95, 0.99];

    public override string Name => "simulate";

    public override int Order => 50;

    public override string Summary => "Simulate annual loss of quantified risks (Open FAIR Monte Carlo)";

    private static readonly Option<ulong?> Seed = CliOptions.Seed();

    protected override IReadOnlyList<Argument> DeclareArguments() =>
        [CliArguments.File("FILE.csv|FILE.json", "Scenarios: a FAIR CSV or JSON file (default: the sample organisation's)")];

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.WholeNumber("--iterations", "N", "Simulated years, 1 to 10000000 (default 100000)", min: 1, max: 10_000_000),
        Seed,
        CliOptions.Choice("--mode", "annual: Poisson events per year (default); expected: LEF x LM per iteration", ["annual", "expected"]),
        CliOptions.Format("table", "json"),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var iterations = args.GetInt("iterations", 100_000);
        var seedValue = args.GetValue(Seed);
        var mode = args.Get("mode", "annual") == "expected" ? SimulationMode.ExpectedLoss : SimulationMode.AnnualLoss;
        var json = args.Get("format", "table") == "json";
        var file = args.Positionals.Count > 0 ? args.Positionals[0] : null;

        FairScenarioSet set;
        try
        {
            set = Load(file);
        }
        catch (IsmsDocumentException ex)
        {
            // One line naming the file as given, then the reader's code, place and reason. A file that reads but whose
            // values break a rule of the Open FAIR model (the model's own error inside) fails checks: exit 1.
            context.Error.WriteLine($"isms: {DocumentErrorText.OneLine(file!)}: {ex.Message}");
            return ex.InnerException is IsmsException and not IsmsDocumentException ? ExitCodes.ChecksFailed : ExitCodes.UsageOrUnreadable;
        }

        var interactive = !json && ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected && (long)iterations * set.Scenarios.Length >= 2_000_000;
        var progress = interactive ? new ProgressBar(context.Out) : null;
        var options = new SimulationOptions
        {
            Iterations = iterations,
            Seed = seedValue,
            Mode = mode,
            ScenarioStatistics = true,
            ExceedanceCurvePoints = 25,
            Percentiles = [.. Levels],
            Progress = progress,
        };

        SimulationResult result;
        try
        {
            result = FairSimulator.Shared.Simulate(set, options);
        }
        catch (IsmsException ex)
        {
            context.Error.WriteLine($"isms: {ex.Message.ReplaceLineEndings(" ")} [{ex.Code}]");
            return ExitCodes.ChecksFailed;
        }
        finally
        {
            progress?.Clear();
        }

        if (json)
        {
            context.Out.Write(Json(result));
            context.Out.WriteLine();
        }
        else
        {
            Table(result, file is null ? "the sample organisation" : Path.GetFileName(file), context.Out);
        }

        return ExitCodes.Success;
    }

    private static FairScenarioSet Load(string? file)
    {
        if (file is null)
        {
            return SampleQuantitativeScenarios.Create();
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        return extension switch
        {
            ".csv" => DocumentInput.Open(file, stream => FairScenarioCsvReader.Default.Read(stream)),
            ".json" => DocumentInput.Open(file, stream => FairScenarioJsonReader.Default.Read(stream)),
            _ => throw new UsageException($"'{file}': expected a .csv (Identifier,Name,Probability,Low_loss,High_loss) or .json scenario file"),
        };
    }

    /// <summary>The documented JSON shape (docs/quantitative-risk.md): same seed, same bytes.</summary>
    internal static string Json(SimulationResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            // A string: every seed from 0 to 2^64-1 reads back exactly (JavaScript reads JSON numbers as doubles).
            writer.WriteString("seed", result.Seed.ToString(CultureInfo.InvariantCulture));
            writer.WriteNumber("iterations", result.Iterations);
            writer.WriteString("mode", result.Mode == SimulationMode.AnnualLoss ? "annual" : "expected");
            writer.WriteStartArray("scenarios");
            foreach (var scenario in result.Scenarios)
            {
                writer.WriteStartObject();
                writer.WriteString("id", scenario.Id.Value);
                writer.WriteString("name", scenario.Name);
                Statistics(writer, Stats.Of(scenario));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("portfolio");
            Statistics(writer, Stats.Of(result.Portfolio));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Statistics(Utf8JsonWriter writer, Stats d)
    {
        writer.WriteNumber("mean", Round(d.Mean));
        writer.WriteNumber("standardError", Round(d.StandardError));
        writer.WriteNumber("sd", Round(d.StandardDeviation));
        foreach (var p in d.Percentiles)
        {
            writer.WriteNumber($"p{(int)Math.Round(p.Probability * 100)}", Round(p.Loss));
        }

        writer.WriteStartArray("lec");
        foreach (var point in d.ExceedanceCurve.Points)
        {
            writer.WriteStartObject();
            writer.WriteNumber("loss", Round(point.Loss));
            writer.WriteNumber("probability", Math.Round(point.Probability, 6));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static double Round(double value) => Math.Round(value, 2);

    private static void Table(SimulationResult result, string source, TextWriter output)
    {
        var mode = result.Mode == SimulationMode.AnnualLoss ? "annual-loss" : "expected-loss";
        output.WriteLine($"Open FAIR Monte Carlo: {source}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Iterations:N0} simulated years, {mode} mode, seed {result.Seed}"));
        output.WriteLine();
        output.WriteLine($"{"Id",-6} {"Scenario",-24}{"Mean",8}{"P10",8}{"P50",8}{"P90",8}{"P95",8}{"P99",8}");
        foreach (var s in result.Scenarios)
        {
            Row(output, s.Id.Value, s.Name, Stats.Of(s));
        }

        output.WriteLine(new string('-', 78));
        Row(output, string.Empty, "Portfolio (per year)", Stats.Of(result.Portfolio));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Mean {Money(result.Portfolio.Mean)} +/- {Money(result.Portfolio.StandardError)} (standard error). P(any loss in a year) {Percent(result.Portfolio.ProbabilityOfLoss)}."));
        output.WriteLine();
        output.WriteLine("Loss exceedance curve (portfolio): P(annual loss > x)");
        var points = result.Portfolio.ExceedanceCurve.Points.Where(p => p.Loss > 0).ToList();
        for (var i = 0; i < points.Count; i += 3)
        {
            var p = points[i];
            var bar = new string('#', (int)Math.Round(p.Probability * 50));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Money(p.Loss),8} {Percent(p.Probability),7} {bar}"));
        }
    }

    private static void Row(TextWriter output, string id, string name, Stats d)
    {
        var shortName = name.Length > 23 ? name[..22] + "." : name;
        var p = d.Percentiles;
        output.WriteLine($"{id,-6} {shortName,-24}{Money(d.Mean),8}{Money(p[0].Loss),8}{Money(p[1].Loss),8}{Money(p[2].Loss),8}{Money(p[3].Loss),8}{Money(p[4].Loss),8}");
    }

    /// <summary>What the table and the JSON show of a scenario or the portfolio; percentiles at <see cref="Levels"/>, in order.</summary>
    private sealed record Stats(double Mean, double StandardError, double StandardDeviation, ImmutableArray<PercentileValue> Percentiles, LossExceedanceCurve ExceedanceCurve)
    {
        public static Stats Of(ScenarioResult s) => new(s.Mean, s.StandardError, s.StandardDeviation, s.Percentiles, s.ExceedanceCurve!);

        public static Stats Of(LossDistribution d) => new(d.Mean, d.StandardError, d.StandardDeviation, d.Percentiles, d.ExceedanceCurve);
    }

    /// <summary>A probability as a percentage with one decimal: 12.5%.</summary>
    internal static string Percent(double probability) => (probability * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Compact money: 950, 12.3k, 1.25M, 3.1B.</summary>
    internal static string Money(double value) => value switch
    {
        < 1_000 => value.ToString("0", CultureInfo.InvariantCulture),
        < 100_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        < 1_000_000 => (value / 1_000).ToString("0", CultureInfo.InvariantCulture) + "k",
        < 1_000_000_000 => (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        _ => (value / 1_000_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "B",
    };

    /// <summary>A one-line progress bar on an interactive terminal, redrawn at most once per percent.</summary>
    private sealed class ProgressBar(TextWriter output) : IProgress<double>
    {
        private readonly Lock _gate = new();
        private int _shown = -1;

        public void Report(double value)
        {
            var percent = (int)(value * 100);
            lock (_gate)
            {
                if (percent <= _shown)
                {
                    return;
                }

                _shown = percent;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\r  simulating [{new string('#', percent / 4),-25}] {percent,3}%"));
                output.Flush();
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                output.Write("\r" + new string(' ', 48) + "\r");
                output.Flush();
            }
        }
    }
}
