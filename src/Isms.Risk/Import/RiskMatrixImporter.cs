using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Risk.Import;

/// <summary>
/// Imports a risk matrix in the shape other GRC tools use: levels for probability, impact and risk, and a grid indexed
/// <c>grid[probability][impact]</c> whose cells are risk-level ids. This is the shape of a CISO Assistant risk matrix
/// (<c>json_definition</c>, or the matrix object of a library converted to JSON):
/// <code>
/// { "name": "4x4", "probability": [{ "id": 0, "abbreviation": "V1", "name": "Unlikely", "hexcolor": "#..." }, ...],
///   "impact": [...], "risk": [...], "grid": [[0, 0, 1, 1], ...] }
/// </code>
/// <c>likelihood</c> and <c>consequence</c> are accepted for <c>probability</c> and <c>impact</c>; <c>hexcolor</c>,
/// <c>color</c> or <c>colour</c> for the colour. The matrix is validated as any other (every cell, dimensions,
/// monotone unless allowed).
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class RiskMatrixImporter
{
    private static readonly string[] DefaultColours = ["#16a34a", "#84cc16", "#eab308", "#f59e0b", "#f97316", "#ea580c", "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d"];

    /// <summary>Imports risk criteria from plain level lists and a grid.</summary>
    /// <param name="name">The methodology's name.</param>
    /// <param name="probability">The probability (likelihood) levels.</param>
    /// <param name="impact">The impact (consequence) levels.</param>
    /// <param name="risk">The risk levels.</param>
    /// <param name="grid">The grid, <c>grid[probability][impact]</c> = a risk level id; rows and columns in the order of the level ids.</param>
    /// <param name="acceptanceRiskId">The id of the highest risk level accepted without treatment, or null for the lowest.</param>
    /// <param name="allowNonMonotone">True to accept a matrix that is not monotone.</param>
    /// <exception cref="IsmsException">Code <see cref="RiskErrorCodes.InvalidMatrix"/>: a missing row or cell, an unknown risk id, duplicate ids, a scale of the wrong size, a non-monotone matrix not allowed.</exception>
    public static RiskCriteria FromDefinition(
        string name,
        IReadOnlyList<ImportedLevel> probability,
        IReadOnlyList<ImportedLevel> impact,
        IReadOnlyList<ImportedLevel> risk,
        IReadOnlyList<IReadOnlyList<int>?> grid,
        int? acceptanceRiskId = null,
        bool allowNonMonotone = false)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(probability);
        Guard.Against.Null(impact);
        Guard.Against.Null(risk);
        Guard.Against.Null(grid);
        var p = Ordered(name, "probability", probability);
        var i = Ordered(name, "impact", impact);
        var r = Ordered(name, "risk", risk);
        var riskPosition = r.Select((level, index) => (level.Id, index)).ToDictionary(x => x.Id, x => x.index + 1);
        if (grid.Count != p.Length)
        {
            throw Invalid(name, $"the grid has {grid.Count} rows; there are {p.Length} probability levels");
        }

        var cells = new int[p.Length][];
        for (var row = 0; row < p.Length; row++)
        {
            var source = grid[row] ?? throw Invalid(name, $"grid row {row} (probability '{p[row].Name}') is missing");
            if (source.Count != i.Length)
            {
                throw Invalid(name, $"grid row {row} (probability '{p[row].Name}') has {source.Count} cells; there are {i.Length} impact levels");
            }

            cells[row] = new int[i.Length];
            for (var column = 0; column < i.Length; column++)
            {
                cells[row][column] = riskPosition.TryGetValue(source[column], out var position)
                    ? position
                    : throw Invalid(name, $"grid[{row}][{column}] (probability '{p[row].Name}', impact '{i[column].Name}') is {source[column]}, not a risk level id");
            }
        }

        var acceptance = acceptanceRiskId is { } id
            ? (riskPosition.TryGetValue(id, out var a) ? a : throw Invalid(name, $"acceptance risk id {id} is not a risk level id"))
            : 1;
        try
        {
            var matrix = new RiskMatrix(ToScale("Likelihood", p), ToScale("Consequence", i), r.Select((l, k) => ToRiskLevel(l, k, r.Length)), cells, allowNonMonotone);
            return new RiskCriteria(name, matrix, new RiskLevel(acceptance));
        }
        catch (ArgumentException ex)
        {
            throw new IsmsException(RiskErrorCodes.InvalidMatrix, $"Matrix '{name}': {ex.Message}", ex);
        }
    }

    /// <summary>Imports risk criteria from a JSON matrix document (see the type's remarks for the shape).</summary>
    /// <param name="json">The JSON text: the matrix object, or an object with <c>json_definition</c> holding it.</param>
    /// <param name="acceptanceRiskId">The id of the highest risk level accepted without treatment, or null for the lowest.</param>
    /// <param name="allowNonMonotone">True to accept a matrix that is not monotone.</param>
    /// <exception cref="IsmsException">Code <see cref="RiskErrorCodes.UnreadableMatrixDocument"/> (not JSON, a member missing or of the wrong type, naming its path) or <see cref="RiskErrorCodes.InvalidMatrix"/>.</exception>
    public static RiskCriteria FromJson(string json, int? acceptanceRiskId = null, bool allowNonMonotone = false)
    {
        Guard.Against.Null(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new IsmsException(RiskErrorCodes.UnreadableMatrixDocument, $"The matrix document is not JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var path = "$";
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("json_definition", out var inner))
            {
                root = inner.ValueKind == JsonValueKind.String ? JsonDocument.Parse(inner.GetString()!).RootElement.Clone() : inner;
                path = "$.json_definition";
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Unreadable(path, "is not an object");
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "Imported matrix";
            var probability = Levels(root, path, "probability", "likelihood");
            var impact = Levels(root, path, "impact", "consequence");
            var risk = Levels(root, path, "risk", null);
            var grid = Member(root, path, "grid", null, JsonValueKind.Array);
            var rows = new List<IReadOnlyList<int>?>();
            var r = 0;
            foreach (var row in grid.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array)
                {
                    throw Unreadable($"{path}.grid[{r}]", "is not an array");
                }

                var cells = new List<int>();
                var c = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    cells.Add(cell.ValueKind == JsonValueKind.Number && cell.TryGetInt32(out var v) ? v : throw Unreadable($"{path}.grid[{r}][{c}]", "is not a whole number"));
                    c++;
                }

                rows.Add(cells);
                r++;
            }

            return FromDefinition(name, probability, impact, risk, rows, acceptanceRiskId, allowNonMonotone);
        }
    }

    private static List<ImportedLevel> Levels(JsonElement root, string path, string name, string? alias)
    {
        var array = Member(root, path, name, alias, JsonValueKind.Array);
        var member = root.TryGetProperty(name, out _) ? name : alias!;
        var levels = new List<ImportedLevel>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{path}.{member}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Unreadable(at, "is not an object");
            }

            var id = item.TryGetProperty("id", out var idElement)
                ? (idElement.ValueKind == JsonValueKind.Number && idElement.TryGetInt32(out var i) ? i : throw Unreadable(at + ".id", "is not a whole number"))
                : index;
            var levelName = item.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(nameElement.GetString())
                ? nameElement.GetString()!
                : throw Unreadable(at + ".name", "is missing or empty");
            levels.Add(new ImportedLevel(id, levelName, Text(item, "abbreviation"), Text(item, "description"), Text(item, "hexcolor") ?? Text(item, "color") ?? Text(item, "colour")));
            index++;
        }

        return levels;
    }

    private static JsonElement Member(JsonElement root, string path, string name, string? alias, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) && (alias is null || !root.TryGetProperty(alias, out value)))
        {
            throw Unreadable($"{path}.{name}", "is missing");
        }

        return value.ValueKind == kind ? value : throw Unreadable($"{path}.{name}", $"is not an {kind.ToString().ToLowerInvariant()}");
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    private static ImportedLevel[] Ordered(string matrix, string what, IReadOnlyList<ImportedLevel> levels)
    {
        var ordered = levels.OrderBy(l => l.Id).ToArray();
        for (var k = 1; k < ordered.Length; k++)
        {
            if (ordered[k].Id == ordered[k - 1].Id)
            {
                throw Invalid(matrix, $"{what} level id {ordered[k].Id} is used twice");
            }
        }

        return ordered;
    }

    private static RiskScale ToScale(string name, ImportedLevel[] levels)
    {
        if (levels.Length is < RiskScale.MinimumLevels or > RiskScale.MaximumLevels)
        {
            throw new ArgumentException($"the {name.ToLowerInvariant()} scale has {levels.Length} levels; a scale has {RiskScale.MinimumLevels} to {RiskScale.MaximumLevels}");
        }

        return new RiskScale(name, levels.Select((l, k) => new ScaleLevel(l.Name, Abbreviation(l), k + 1, l.Description ?? string.Empty, l.Colour ?? Colour(k, levels.Length))));
    }

    private static RiskLevelDefinition ToRiskLevel(ImportedLevel level, int index, int count) =>
        new(level.Name, Abbreviation(level), level.Colour ?? Colour(index, count), level.Description ?? string.Empty);

    private static string Abbreviation(ImportedLevel level) =>
        string.IsNullOrWhiteSpace(level.Abbreviation) ? level.Name.Trim()[..1].ToUpperInvariant() + level.Id.ToString(CultureInfo.InvariantCulture) : level.Abbreviation;

    private static string Colour(int index, int count) =>
        DefaultColours[count <= 1 ? 0 : (int)Math.Round(index * (DefaultColours.Length - 1) / (double)(count - 1))];

    private static IsmsException Invalid(string matrix, string message) =>
        new(RiskErrorCodes.InvalidMatrix, $"Matrix '{matrix}': {message}.");

    private static IsmsException Unreadable(string path, string message) =>
        new(RiskErrorCodes.UnreadableMatrixDocument, $"The matrix document's {path} {message}.");
}
