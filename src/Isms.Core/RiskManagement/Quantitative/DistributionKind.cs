namespace Isms.Core.RiskManagement.Quantitative;

/// <summary>The family of a <see cref="Distribution"/>; engines switch on it.</summary>
/// <threadsafety>An enumeration: immutable.</threadsafety>
public enum DistributionKind
{
    /// <summary>A single value: <see cref="ConstantDistribution"/>.</summary>
    Constant = 0,

    /// <summary>PERT (a scaled Beta): <see cref="PertDistribution"/>.</summary>
    Pert = 1,

    /// <summary>Lognormal: <see cref="LognormalDistribution"/>.</summary>
    Lognormal = 2,

    /// <summary>Triangular: <see cref="TriangularDistribution"/>.</summary>
    Triangular = 3,

    /// <summary>Uniform: <see cref="UniformDistribution"/>.</summary>
    Uniform = 4,

    /// <summary>Normal, optionally truncated: <see cref="NormalDistribution"/>.</summary>
    Normal = 5,

    /// <summary>Poisson (counts): <see cref="PoissonDistribution"/>.</summary>
    Poisson = 6,
}
