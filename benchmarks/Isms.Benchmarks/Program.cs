using BenchmarkDotNet.Running;

namespace Isms.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Isms.Benchmarks -- --filter '*'</c>.
/// Exits non-zero when a benchmark fails to build or run, so a broken benchmark fails CI.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line.</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
