using System.Text.Json.Serialization.Metadata;
using Isms.Core.RiskManagement.Criteria;
using Isms.Serialization.Persistence;

namespace Isms.Serialization.Formats;

/// <summary>The <c>risk-methodology</c> kind: <see cref="RiskCriteria"/> (ISO/IEC 27001:2022 clause 6.1.2 a, b).</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class RiskMethodologyFormat : DocumentFormat<RiskCriteria, RiskMethodologyDto>
{
    public static RiskMethodologyFormat Instance { get; } = new();

    public override string Kind => DocumentKinds.RiskMethodology;

    public override int CurrentVersion => 1;

    /// <summary>The criteria as a record (embedded by the <c>isms</c> kind).</summary>
    public RiskMethodologyDto ToRecord(RiskCriteria model) => ToDto(model);

    /// <summary>The criteria from a record (embedded by the <c>isms</c> kind), checking the embedded envelope.</summary>
    public RiskCriteria FromRecord(RiskMethodologyDto dto)
    {
        CheckEmbeddedEnvelope(dto);
        return FromDto(dto);
    }

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
            Levels = [.. matrix.Levels.Select(l => new RiskLevelDefinitionDto { Name = l.Name, Abbreviation = l.Abbreviation, Colour = l.Colour, Description = l.Description, Value = l.Value, Range = ToDto(l.Range) })],
            Cells = [.. Enumerable.Range(0, matrix.Likelihood.Count).Select(r => (IReadOnlyList<int>)[.. cells.Skip(r * columns).Take(columns)])],
            AllowNonMonotone = !matrix.IsMonotone,
            AcceptanceLevel = model.AcceptanceLevel.Value,
            ConsequenceCriteria = [.. model.ConsequenceCriteria.Select(c => c.Name)],
            Combination = model.Combination switch
            {
                ConsequenceCombination.WorstCase => "worst-case",
                ConsequenceCombination.MeanRoundedUp => "mean-rounded-up",
                var other => throw new ArgumentOutOfRangeException(nameof(model), other, "No persisted name for this consequence combination."),
            },
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
                levels[i] = new RiskLevelDefinition(level.Name, level.Abbreviation, level.Colour, level.Description) { Value = level.Value, Range = FromDto(level.Range) };
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

        var combination = dto.Combination switch
        {
            "worst-case" => ConsequenceCombination.WorstCase,
            "mean-rounded-up" => ConsequenceCombination.MeanRoundedUp,
            _ => throw new MappingException(DocumentErrorCodes.InvalidValue, "$.combination", $"unknown combination '{dto.Combination}'", "one of worst-case, mean-rounded-up"),
        };

        // The acceptance level is checked on its own (a level of the matrix), so its refusal is placed at the member
        // whatever the guard names its parameter.
        var acceptanceLevel = new RiskLevel(dto.AcceptanceLevel);
        try
        {
            _ = matrix.Definition(acceptanceLevel);
        }
        catch (ArgumentException ex)
        {
            throw Mapping.Invalid("$.acceptanceLevel", ex, withParameter: false);
        }

        try
        {
            return new RiskCriteria(dto.Name, matrix, acceptanceLevel)
            {
                ConsequenceCriteria = [.. dto.ConsequenceCriteria.Select(n => new ConsequenceCriterion(n))],
                Combination = combination,
            };
        }
        catch (ArgumentException ex)
        {
            throw Mapping.Invalid("$", ex);
        }
    }

    private static RangeDto? ToDto(SemiQuantitativeRange? range) => range is { } r ? new RangeDto { Low = r.Low, High = r.High } : null;

    private static SemiQuantitativeRange? FromDto(RangeDto? range) => range is null ? null : new SemiQuantitativeRange(range.Low, range.High);

    private static RiskScaleDto ToDto(RiskScale scale) => new()
    {
        Name = scale.Name,
        Levels = [.. scale.Levels.Select(l => new ScaleLevelDto { Name = l.Name, Abbreviation = l.Abbreviation, Value = l.Value, Description = l.Description, Colour = l.Colour, Range = ToDto(l.Range) })],
    };

    private static RiskScale FromDto(RiskScaleDto dto, string path)
    {
        var levels = new ScaleLevel[dto.Levels.Count];
        for (var i = 0; i < levels.Length; i++)
        {
            var level = dto.Levels[i];
            try
            {
                levels[i] = new ScaleLevel(level.Name, level.Abbreviation, level.Value, level.Description, level.Colour) { Range = FromDto(level.Range) };
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
