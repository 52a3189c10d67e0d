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
        var id = FairAssembly.ScenarioId(dto.Id, path + ".id", Fail);
        var estimates = new KeyValuePair<FairNode, Distribution>[dto.Estimates.Count];
        for (var i = 0; i < estimates.Length; i++)
        {
            var p = Mapping.Item(path + ".estimates", i);
            var node = IsmsFormat.Enum<FairNode>(dto.Estimates[i].Node, p + ".node");
            estimates[i] = new(node, FromDto(dto.Estimates[i].Distribution, p + ".distribution"));
        }

        return FairAssembly.Scenario(id, dto.Name, estimates, path, Fail);
    }

    /// <summary>Places a problem of the Open FAIR model at a JSON path of a document (the reader adds the line).</summary>
    public static readonly Fail<string> Fail = (path, problem) => new MappingException(problem.Code, path, problem.Text, problem.Expected, problem.Inner, problem.Value);

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
        var parameters = new Dictionary<string, (double Value, string Site)>(StringComparer.Ordinal);
        void Add(double? value, string name)
        {
            if (value is { } number)
            {
                parameters[name] = (number, path + "." + FairAssembly.DocumentNames(name));
            }
        }

        Add(dto.Value, FairAssembly.Parameter.Value);
        Add(dto.Low, FairAssembly.Parameter.Low);
        Add(dto.Mode, FairAssembly.Parameter.Mode);
        Add(dto.High, FairAssembly.Parameter.High);
        Add(dto.Shape, FairAssembly.Parameter.Shape);
        Add(dto.Mu, FairAssembly.Parameter.Mu);
        Add(dto.Sigma, FairAssembly.Parameter.Sigma);
        Add(dto.Mean, FairAssembly.Parameter.Mean);
        Add(dto.StandardDeviation, FairAssembly.Parameter.StandardDeviation);
        Add(dto.TruncateBelow, FairAssembly.Parameter.TruncateBelow);
        Add(dto.TruncateAbove, FairAssembly.Parameter.TruncateAbove);
        Add(dto.Rate, FairAssembly.Parameter.Rate);
        PertVariant? variant = dto.Variant is null ? null : IsmsFormat.Enum<PertVariant>(dto.Variant, path + ".variant");
        return FairAssembly.Distribution(kind, parameters, variant, path + ".variant", path, FairAssembly.DocumentNames, Fail);
    }
}
