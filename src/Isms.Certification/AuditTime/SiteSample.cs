using System.Collections.Immutable;
using Isms.Certification.Applications;

namespace Isms.Certification.AuditTime;

/// <summary>The sites to visit in one audit of a multi-site organisation (IAF MD 1).</summary>
/// <param name="Audit">The audit.</param>
/// <param name="SampleSize">Sites to sample besides the central function.</param>
/// <param name="MinimumRandom">How many of the sample must be chosen at random (at least 25%).</param>
/// <param name="CentralFunction">The central function, visited every time, or null when none is marked.</param>
/// <param name="Sites">The sampled sites: first the ones chosen at random, then the rest in the priority order given.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
[ValueEquality]
public sealed partial record SiteSample(AuditType Audit, int SampleSize, int MinimumRandom, ApplicationSite? CentralFunction, ImmutableArray<ApplicationSite> Sites);
