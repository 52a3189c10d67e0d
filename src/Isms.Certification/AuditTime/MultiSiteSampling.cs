using Ardalis.GuardClauses;
using Isms.Certification.Applications;

namespace Isms.Certification.AuditTime;

/// <summary>
/// Multi-site sampling (IAF MD 1): sqrt(n) sites for the initial audit, 0.6 sqrt(n) for surveillance and
/// 0.8 sqrt(n) for recertification, rounded up; the central function every time; at least 25% of the sample at random.
/// </summary>
/// <remarks><para>n counts the sites other than the central function.</para></remarks>
/// <threadsafety>This type is stateless; its methods are safe to call from any thread.</threadsafety>
public static class MultiSiteSampling
{
    /// <summary>The number of sites to sample from <paramref name="sites"/> sites for <paramref name="audit"/>.</summary>
    /// <param name="sites">The number of sites (besides the central function); zero or more.</param>
    /// <param name="audit">The audit.</param>
    /// <exception cref="CertificationException">A negative number of sites or an undefined audit (<c>ISMS-CERT-007</c>).</exception>
    public static int SampleSize(int sites, AuditType audit)
    {
        NotNegative(sites, nameof(sites));
        var factor = Require.Defined(audit, CertificationErrorCodes.InvalidAuditTimeRequest, nameof(MultiSiteSampling), nameof(audit)) switch
        {
            AuditType.Initial => 1.0,
            AuditType.Surveillance => 0.6,
            _ => 0.8,
        };

        // Round before the ceiling so that 0.6 * sqrt(25) = 3.0000000000000004 counts as 3.
        var size = (int)Math.Ceiling(Math.Round(factor * Math.Sqrt(sites), 9));
        return Math.Min(size, sites);
    }

    /// <summary>The minimum number of randomly chosen sites in a sample of <paramref name="sampleSize"/>: 25%, rounded up.</summary>
    /// <param name="sampleSize">The sample size.</param>
    /// <exception cref="CertificationException">A negative sample size (<c>ISMS-CERT-007</c>).</exception>
    public static int MinimumRandom(int sampleSize) => (NotNegative(sampleSize, nameof(sampleSize)) + 3) / 4;

    /// <summary>
    /// Chooses the sites to visit: the central function, the random part of the sample drawn with <paramref name="seed"/>
    /// (reproducible), and the rest taken in the order of <paramref name="sites"/> (put the riskiest first).
    /// </summary>
    /// <param name="sites">Every site, in priority order; the one marked <see cref="ApplicationSite.IsCentralFunction"/> is the central function.</param>
    /// <param name="audit">The audit.</param>
    /// <param name="seed">The seed of the random draw.</param>
    public static SiteSample Select(IReadOnlyList<ApplicationSite> sites, AuditType audit, int seed)
    {
        Guard.Against.Null(sites);
        var central = sites.FirstOrDefault(s => s.IsCentralFunction);
        var others = sites.Where(s => !s.IsCentralFunction).ToList();
        var size = SampleSize(others.Count, audit);
        var randomCount = MinimumRandom(size);
#pragma warning disable CA5394 // Sampling, not security: reproducible with a seed by design.
        var random = new Random(seed);
        var pool = others.ToList();
        var chosen = new List<ApplicationSite>(size);
        for (var i = 0; i < randomCount && pool.Count > 0; i++)
        {
            var index = random.Next(pool.Count);
            chosen.Add(pool[index]);
            pool.RemoveAt(index);
        }
#pragma warning restore CA5394

        chosen.AddRange(pool.Take(size - chosen.Count));
        return new SiteSample(audit, size, randomCount, central, [.. chosen]);
    }

    private static int NotNegative(int value, string member) =>
        value < 0
            ? throw Require.Fail(
                CertificationErrorCodes.InvalidAuditTimeRequest,
                nameof(MultiSiteSampling),
                member,
                value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Multi-site sampling: {member} must not be negative, was {value}.")
            : value;
}
