using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>Maps Open FAIR scenarios and their distributions (Isms.Core.RiskManagement.Quantitative) to and from records.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class FairMapping
{
    public static FairScenarioDto ToDto(FairScenario scenario) => new()
    {
        Id = scenario.Id.Value,
        Name = scenario.Name,
        Estimates = [.. scenario.Estimates.Select(e => new FairEstimateDto { Node = e.Node.ToString(), Distribution = ToDto(e.Distribution) })],
    };

    public static FairScenario FromDto(FairScenarioDto dto, string path)
    {
        var estimates = new KeyValuePair<FairNode, Distribution>[dto.Estimates.Count];
        for (var i = 0; i < estimates.Length; i++)
        {
            var p = Mapping.Item(path + ".estimates", i);
            var node = IsmsFormat.Enum<FairNode>(dto.Estimates[i].Node, p + ".node");
            estimates[i] = new(node, FromDto(dto.Estimates[i].Distribution, p + ".distribution"));
        }

        return IsmsFormat.Entity(path, () => new FairScenario(new FairScenarioId(dto.Id), dto.Name, estimates));
    }

    public static DistributionDto ToDto(Distribution distribution) => distribution switch
    {
        ConstantDistribution c => new() { Kind = nameof(DistributionKind.Constant), Value = c.Value },
        PertDistribution p => new() { Kind = nameof(DistributionKind.Pert), Low = p.Low, Mode = p.Mode, High = p.High, Shape = p.Shape, Variant = p.Variant.ToString() },
        LognormalDistribution l => new() { Kind = nameof(DistributionKind.Lognormal), Mu = l.Mu, Sigma = l.Sigma },
        TriangularDistribution t => new() { Kind = nameof(DistributionKind.Triangular), Low = t.Low, Mode = t.Mode, High = t.High },
        UniformDistribution u => new() { Kind = nameof(DistributionKind.Uniform), Low = u.Low, High = u.High },
        NormalDistribution n => new()
        {
            Kind = nameof(DistributionKind.Normal),
            Mean = n.Location,
            StandardDeviation = n.StandardDeviation,
            TruncateBelow = double.IsNegativeInfinity(n.TruncateBelow) ? null : n.TruncateBelow,
            TruncateAbove = double.IsPositiveInfinity(n.TruncateAbove) ? null : n.TruncateAbove,
        },
        PoissonDistribution p => new() { Kind = nameof(DistributionKind.Poisson), Rate = p.Rate },
        _ => throw new ArgumentOutOfRangeException(nameof(distribution), distribution.Kind, "No persisted form for this distribution."),
    };

    public static Distribution FromDto(DistributionDto dto, string path)
    {
        var kind = IsmsFormat.Enum<DistributionKind>(dto.Kind, path + ".kind");
        double Need(double? value, string member) => value ?? throw new MappingException(DocumentErrorCodes.MissingMember, path, $"a {dto.Kind} distribution needs '{member}'", member);
        return IsmsFormat.Entity<Distribution>(path, () => kind switch
        {
            DistributionKind.Constant => new ConstantDistribution(Need(dto.Value, "value")),
            DistributionKind.Pert => new PertDistribution(
                Need(dto.Low, "low"),
                Need(dto.Mode, "mode"),
                Need(dto.High, "high"),
                dto.Shape ?? PertDistribution.DefaultShape,
                dto.Variant is null ? PertVariant.Textbook : IsmsFormat.Enum<PertVariant>(dto.Variant, path + ".variant")),
            DistributionKind.Lognormal => new LognormalDistribution(Need(dto.Mu, "mu"), Need(dto.Sigma, "sigma")),
            DistributionKind.Triangular => new TriangularDistribution(Need(dto.Low, "low"), Need(dto.Mode, "mode"), Need(dto.High, "high")),
            DistributionKind.Uniform => new UniformDistribution(Need(dto.Low, "low"), Need(dto.High, "high")),
            DistributionKind.Normal => new NormalDistribution(Need(dto.Mean, "mean"), Need(dto.StandardDeviation, "standardDeviation"), dto.TruncateBelow ?? double.NegativeInfinity, dto.TruncateAbove ?? double.PositiveInfinity),
            DistributionKind.Poisson => new PoissonDistribution(Need(dto.Rate, "rate")),
            _ => throw new MappingException(DocumentErrorCodes.InvalidValue, path + ".kind", $"'{dto.Kind}' has no persisted form", null),
        });
    }
}
