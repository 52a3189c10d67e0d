using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Certification.Applications;

/// <summary>A site of the organisation in the scope of certification, with the processes performed there.</summary>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record ApplicationSite
{
    /// <summary>Creates a site.</summary>
    /// <param name="name">The site's name, e.g. "Leeds head office".</param>
    /// <param name="processes">The processes performed at the site that are in scope.</param>
    /// <param name="isCentralFunction">True for the central function of a multi-site organisation (IAF MD 1), audited every time.</param>
    /// <exception cref="CertificationException">An empty name or process (<c>ISMS-CERT-002</c>).</exception>
    public ApplicationSite(string name, IEnumerable<string> processes, bool isCentralFunction = false)
    {
        Name = Require.Text(name, CertificationErrorCodes.InvalidApplication, nameof(ApplicationSite), nameof(Name));
        Processes = [.. Guard.Against.Null(processes)];
        for (var i = 0; i < Processes.Length; i++)
        {
            Require.Text(Processes[i], CertificationErrorCodes.InvalidApplication, nameof(ApplicationSite), $"{nameof(Processes)}[{i}]");
        }

        IsCentralFunction = isCentralFunction;
    }

    /// <summary>The site's name.</summary>
    public string Name { get; }

    /// <summary>The processes performed at the site that are in scope.</summary>
    public ImmutableArray<string> Processes { get; }

    /// <summary>True for the central function of a multi-site organisation (IAF MD 1).</summary>
    public bool IsCentralFunction { get; }
}
