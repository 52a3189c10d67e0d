using System.Text.Json.Serialization.Metadata;
using Isms.Core.Risks.Criteria;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>The <c>risk-methodology</c> kind: <see cref="RiskCriteria"/> (ISO/IEC 27001:2022 clause 6.1.2 a, b).</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class RiskMethodologyFormat : DocumentFormat<RiskCriteria, RiskMethodologyDto>
{
    public static RiskMethodologyFormat Instance { get; } = new();

    public override string Kind => DocumentKinds.RiskMethodology;

    public override int CurrentVersion => 1;

    protected override JsonTypeInfo<RiskMethodologyDto> TypeInfo(IsmsJsonContext context) => context.RiskMethodologyDto;

    protected override RiskMethodologyDto ToDto(RiskCriteria model)
    {
        var matrix = model.Matrix;
        var columns = matrix.Consequence.Count;
        var cells = matrix.Cells;
        return new RiskMethodologyDto
        {
            SchemaVersion = CurrentVersion,
            Kind = Kind,
            Name = model.Name,
            Likelihood = ToDto(matrix.Likelihood),
            Consequence = ToDto(matrix.Consequence),
            Levels = [.. matrix.Levels.Select(l => new RiskLevelDefinitionDto { Name = l.Name, Abbreviation = l.Abbreviation, Colour = l.Colour, Description = l.Description })],
            Cells = [.. Enumerable.Range(0, matrix.Likelihood.Count).Select(r => (IReadOnlyList<int>)[.. cells.Skip(r * columns).Take(columns)])],
            AllowNonMonotone = !matrix.IsMonotone,
            AcceptanceLevel = model.AcceptanceLevel.Value,
        };
    }

    protected override RiskCriteria FromDto(RiskMethodologyDto dto)
    {
        var likelihood = FromDto(dto.Likelihood, "$.likelihood");
        var consequence = FromDto(dto.Consequence, "$.consequence");
        var levels = new RiskLevelDefinition[dto.Levels.Count];
        for (var i = 0; i < levels.Length; i++)
        {
            var level = dto.Levels[i];
            try
            {
                levels[i] = new RiskLevelDefinition(level.Name, level.Abbreviation, level.Colour, level.Description);
            }
            catch (ArgumentException ex)
            {
                throw Mapping.Invalid(Mapping.Item("$.levels", i), ex);
            }
        }

        RiskMatrix matrix;
        try
        {
            matrix = new RiskMatrix(likelihood, consequence, levels, dto.Cells, dto.AllowNonMonotone);
        }
        catch (ArgumentException ex)
        {
            throw Mapping.Invalid("$", ex);
        }

        try
        {
            return new RiskCriteria(dto.Name, matrix, new RiskLevel(dto.AcceptanceLevel));
        }
        catch (ArgumentException ex)
        {
            throw Mapping.Invalid("$", ex.ParamName is "acceptanceLevel" or "value" or "level" ? new ArgumentException(ex.Message, "acceptanceLevel", ex) : ex);
        }
    }

    private static RiskScaleDto ToDto(RiskScale scale) => new()
    {
        Name = scale.Name,
        Levels = [.. scale.Levels.Select(l => new ScaleLevelDto { Name = l.Name, Abbreviation = l.Abbreviation, Value = l.Value, Description = l.Description, Colour = l.Colour })],
    };

    private static RiskScale FromDto(RiskScaleDto dto, string path)
    {
        var levels = new ScaleLevel[dto.Levels.Count];
        for (var i = 0; i < levels.Length; i++)
        {
            var level = dto.Levels[i];
            try
            {
                levels[i] = new ScaleLevel(level.Name, level.Abbreviation, level.Value, level.Description, level.Colour);
            }
            catch (ArgumentException ex)
            {
                throw Mapping.Invalid(Mapping.Item(path + ".levels", i), ex);
            }
        }

        try
        {
            return new RiskScale(dto.Name, levels);
        }
        catch (ArgumentException ex)
        {
            throw Mapping.Invalid(path, ex);
        }
    }
}
