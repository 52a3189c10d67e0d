using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Isms.AspNetCore;

/// <summary>
/// The names under which the routes trace and measure, for OpenTelemetry: <c>.AddSource(IsmsWebTelemetry.Name)</c> and
/// <c>.AddMeter(IsmsWebTelemetry.Name)</c>. Activities: <c>isms.load</c>, <c>isms.save</c>, <c>isms.evaluate</c>,
/// <c>isms.simulate</c>, <c>isms.fire</c>. Instruments: the counters <c>isms.document.reads</c> (tag <c>cache</c>:
/// <c>hit</c> or <c>miss</c>), <c>isms.document.writes</c>, <c>isms.evaluations</c> (tag <c>kind</c>),
/// <c>isms.simulations</c>, <c>isms.errors</c> (tag <c>code</c>), and the histogram <c>isms.simulation.duration</c> (s).
/// </summary>
/// <threadsafety>This type is thread-safe.</threadsafety>
public static class IsmsWebTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>Isms.AspNetCore</c>.</summary>
    public const string Name = "Isms.AspNetCore";

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Reads = Meter.CreateCounter<long>("isms.document.reads", description: "Documents read by the routes");

    internal static readonly Counter<long> Writes = Meter.CreateCounter<long>("isms.document.writes", description: "Documents saved or deleted by the routes");

    internal static readonly Counter<long> Evaluations = Meter.CreateCounter<long>("isms.evaluations", description: "Readiness and risk evaluations computed");

    internal static readonly Counter<long> Simulations = Meter.CreateCounter<long>("isms.simulations", description: "Monte Carlo simulations run");

    internal static readonly Histogram<double> SimulationDuration = Meter.CreateHistogram<double>("isms.simulation.duration", unit: "s", description: "Duration of a simulation");

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>("isms.errors", description: "Requests refused with a library error");
}
