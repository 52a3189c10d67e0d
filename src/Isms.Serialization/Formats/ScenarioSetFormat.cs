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
        var scenarios = new (FairScenario, string)[dto.Scenarios.Count];
        for (var i = 0; i < scenarios.Length; i++)
        {
            var path = Mapping.Item("$.scenarios", i);
            scenarios[i] = (FairMapping.FromDto(NotNull(dto.Scenarios[i], path), path), path + ".id");
        }

        var controls = new ControlDraft<string>[dto.Controls.Count];
        for (var i = 0; i < controls.Length; i++)
        {
            var path = Mapping.Item("$.controls", i);
            var c = NotNull(dto.Controls[i], path);
            var reductions = c.Reductions.Select((r, j) =>
            {
                var p = Mapping.Item(path + ".reductions", j);
                var node = IsmsFormat.Enum<FairNode>(r.Node, p + ".node");
                var fraction = FairMapping.FromDto(r.Fraction, p + ".fraction");
                return ReadProblem.Modelled(p, FairMapping.Fail, () => new NodeReduction(node, fraction));
            }).ToList();
            var annexA = c.AnnexAControls.Select((a, j) => ControlId(a, Mapping.Item(path + ".annexAControls", j))).ToList();
            controls[i] = new ControlDraft<string>(
                path, c.Id, path + ".id", c.Name, c.AnnualCost, reductions,
                [.. c.Scenarios.Select((s, j) => (s, Mapping.Item(path + ".scenarios", j)))], annexA);
        }

        var correlations = new CorrelationDraft<string>[dto.Correlations.Count];
        for (var i = 0; i < correlations.Length; i++)
        {
            var c = NotNull(dto.Correlations[i], Mapping.Item("$.correlations", i));
            var path = Mapping.Item("$.correlations", i);
            correlations[i] = new CorrelationDraft<string>(path, c.First, path + ".first", c.Second, path + ".second", c.Coefficient);
        }

        return FairAssembly.Set(scenarios, controls, correlations, dto.DefaultCorrelation, "$.defaultCorrelation", "$.correlations", "$", p => p, FairMapping.Fail);
    }

    /// <summary>An array item the JSON gave as <c>null</c> (the deserializer does not check items of collections).</summary>
    private static T NotNull<T>(T? item, string path)
        where T : class =>
        item ?? throw new MappingException(DocumentErrorCodes.WrongType, path, "null is not allowed here", "an object");

    private static ControlId ControlId(string text, string path) =>
        ReadProblem.IdFlaw(text) is { } flaw
            ? throw new MappingException(DocumentErrorCodes.InvalidValue, path, $"the control id {DocumentErrorText.Quote(text)} {flaw}", "an id without white space around it, e.g. 8.7", null, text)
            : ReadProblem.Modelled(path, FairMapping.Fail, () => new ControlId(text), text);
}
