using System.Text.Json.Serialization.Metadata;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>The <c>scenario-set</c> kind: an Open FAIR <see cref="FairScenarioSet"/> (scenarios, control effects, correlations).</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class ScenarioSetFormat : DocumentFormat<FairScenarioSet, ScenarioSetDto>
{
    public static ScenarioSetFormat Instance { get; } = new();

    public override string Kind => DocumentKinds.ScenarioSet;

    public override int CurrentVersion => 1;

    protected override JsonTypeInfo<ScenarioSetDto> TypeInfo(IsmsJsonContext context) => context.ScenarioSetDto;

    protected override ScenarioSetDto ToDto(FairScenarioSet model) => new()
    {
        SchemaVersion = CurrentVersion,
        Kind = Kind,
        Scenarios = [.. model.Scenarios.Select(FairMapping.ToDto)],
        Controls = [.. model.Controls.Select(c => new FairControlDto
        {
            Id = c.Id,
            Name = c.Name,
            AnnualCost = c.AnnualCost,
            Reductions = [.. c.Reductions.Select(r => new NodeReductionDto { Node = r.Node.ToString(), Fraction = FairMapping.ToDto(r.Fraction) })],
            Scenarios = [.. c.Scenarios.Select(s => s.Value)],
            AnnexAControls = [.. c.AnnexAControls.Select(a => a.Value)],
        })],
        Correlations = [.. model.Correlations.Select(c => new CorrelationDto { First = c.First.Value, Second = c.Second.Value, Coefficient = c.Coefficient })],
        DefaultCorrelation = model.DefaultCorrelation,
    };

    protected override FairScenarioSet FromDto(ScenarioSetDto dto)
    {
        var scenarios = dto.Scenarios.Select((s, i) => FairMapping.FromDto(s, Mapping.Item("$.scenarios", i))).ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scenarios.Count; i++)
        {
            if (!seen.TryAdd(dto.Scenarios[i].Id, i))
            {
                throw Mapping.DuplicateId(Mapping.Item("$.scenarios", i) + ".id", dto.Scenarios[i].Id, Mapping.Item("$.scenarios", seen[dto.Scenarios[i].Id]) + ".id");
            }
        }

        var controls = new FairControlEffect[dto.Controls.Count];
        for (var i = 0; i < controls.Length; i++)
        {
            var c = dto.Controls[i];
            var path = Mapping.Item("$.controls", i);
            for (var j = 0; j < c.Scenarios.Count; j++)
            {
                if (!seen.ContainsKey(c.Scenarios[j]))
                {
                    throw Mapping.Dangling(Mapping.Item(path + ".scenarios", j), c.Scenarios[j], "scenario");
                }
            }

            var reductions = c.Reductions.Select((r, j) =>
            {
                var p = Mapping.Item(path + ".reductions", j);
                var node = IsmsFormat.Enum<FairNode>(r.Node, p + ".node");
                var fraction = FairMapping.FromDto(r.Fraction, p + ".fraction");
                return IsmsFormat.Entity(p, () => new NodeReduction(node, fraction));
            }).ToList();
            controls[i] = IsmsFormat.Entity(path, () => new FairControlEffect(c.Id, c.Name, c.AnnualCost, reductions, c.Scenarios.Select(s => new FairScenarioId(s)), c.AnnexAControls.Select(a => new ControlId(a))));
        }

        var correlations = new ScenarioCorrelation[dto.Correlations.Count];
        for (var i = 0; i < correlations.Length; i++)
        {
            var c = dto.Correlations[i];
            var path = Mapping.Item("$.correlations", i);
            if (!seen.ContainsKey(c.First))
            {
                throw Mapping.Dangling(path + ".first", c.First, "scenario");
            }

            if (!seen.ContainsKey(c.Second))
            {
                throw Mapping.Dangling(path + ".second", c.Second, "scenario");
            }

            correlations[i] = IsmsFormat.Entity(path, () => new ScenarioCorrelation(new FairScenarioId(c.First), new FairScenarioId(c.Second), c.Coefficient));
        }

        return IsmsFormat.Entity("$", () => new FairScenarioSet(scenarios, controls, correlations, dto.DefaultCorrelation));
    }
}
