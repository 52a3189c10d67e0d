using Isms.Core;
using Isms.Risk.Quantitative;
using Microsoft.Extensions.Options;

namespace Isms.Extensions.DependencyInjection;

/// <summary>Checks <see cref="IsmsOptions"/> once, when the options are first read.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class IsmsOptionsValidator : IValidateOptions<IsmsOptions>
{
    public ValidateOptionsResult Validate(string? name, IsmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Required(options.CertificationBodyPolicy, nameof(IsmsOptions.CertificationBodyPolicy), failures);
        Required(options.Readiness, nameof(IsmsOptions.Readiness), failures);
        Required(options.AuditTimeTable, nameof(IsmsOptions.AuditTimeTable), failures);
        Required(options.Simulation, nameof(IsmsOptions.Simulation), failures);
        Required(options.Documents, nameof(IsmsOptions.Documents), failures);
        Required(options.FileStore, nameof(IsmsOptions.FileStore), failures);

        if (options.CertificationBodyPolicy is { } policy)
        {
            try
            {
                policy.Validate();
            }
            catch (IsmsException ex)
            {
                failures.Add($"IsmsOptions.CertificationBodyPolicy: {ex.Message}");
            }
        }

        if (options.Simulation is { } simulation)
        {
            try
            {
                // The engine's own checks, so the container refuses exactly what the engine would.
                _ = new FairSimulator(simulation);
            }
            catch (ArgumentException ex)
            {
                failures.Add($"IsmsOptions.Simulation.{ex.ParamName}: {ex.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Required(object? value, string name, List<string> failures)
    {
        if (value is null)
        {
            failures.Add($"IsmsOptions.{name} must not be null.");
        }
    }
}
