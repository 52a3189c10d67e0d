using System.Globalization;
using System.Text;
using System.Text.Json;
using Isms.Core;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk;
using Isms.Serialization.Formats;
using Isms.Serialization.Reading;

namespace Isms.Serialization.Import;

/// <summary>
/// Imports a risk matrix in the shape other GRC tools use: levels for probability, impact and risk, and a grid indexed
/// <c>grid[probability][impact]</c> whose cells are risk-level ids. This is the shape of a CISO Assistant risk matrix
/// (<c>json_definition</c>, as an object or as a string holding the JSON, or the matrix object of a library converted
/// to JSON):
/// <code>
/// { "name": "4x4", "probability": [{ "id": 0, "abbreviation": "V1", "name": "Unlikely", "hexcolor": "#..." }, ...],
///   "impact": [...], "risk": [...], "grid": [[0, 0, 1, 1], ...] }
/// </code>
/// <c>likelihood</c> and <c>consequence</c> are accepted for <c>probability</c> and <c>impact</c>; <c>hexcolor</c>,
/// <c>color</c> or <c>colour</c> for the colour; other members are ignored. Ids order the levels (they need not start
/// at 0); a level without an id takes its position. The matrix is validated as any other (every cell, dimensions,
/// monotone unless allowed).
/// </summary>
/// <remarks>
/// Reading is strict within the limits of <see cref="IsmsDocumentOptions"/> (size, depth, items, string length; invalid
/// UTF-8 and escapes that decode to a lone surrogate refused): every problem is an <see cref="IsmsDocumentException"/>
/// with its <see cref="DocumentErrorCodes"/> code, the JSON path, the line and the position: a member missing
/// (<c>ISMS-DOC-021</c>) or of the wrong type (<c>ISMS-DOC-023</c>), a level id used twice (<c>ISMS-DOC-031</c>), a
/// cell that is no risk level id (<c>ISMS-DOC-030</c>), a grid of the wrong size or a matrix the model refuses
/// (<c>ISMS-DOC-024</c>, with the model's exception as inner exception).
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class RiskMatrixImporter
{
    private const string DefaultName = "Imported matrix";
    private static readonly string[] DefaultColours = ["#16a34a", "#84cc16", "#eab308", "#f59e0b", "#f97316", "#ea580c", "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d"];

    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates an importer with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public RiskMatrixImporter(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>An importer with the default limits.</summary>
    public static RiskMatrixImporter Default { get; } = new();

    /// <summary>Imports risk criteria from plain level lists and a grid (no document: for data a host already holds).</summary>
    /// <param name="name">The methodology's name.</param>
    /// <param name="probability">The probability (likelihood) levels.</param>
    /// <param name="impact">The impact (consequence) levels.</param>
    /// <param name="risk">The risk levels.</param>
    /// <param name="grid">The grid, <c>grid[probability][impact]</c> = a risk level id; rows and columns in the order of the level ids.</param>
    /// <param name="acceptanceRiskId">The id of the highest risk level accepted without treatment, or null for the lowest.</param>
    /// <param name="allowNonMonotone">True to accept a matrix that is not monotone.</param>
    /// <returns>The risk criteria.</returns>
    /// <exception cref="IsmsException">
    /// Code <see cref="RiskErrorCodes.InvalidMatrix"/>, with <see cref="IsmsError.Member"/> naming the part
    /// (<c>Grid[3][2]</c>, <c>Probability[1].Id</c>, <c>Risk</c>) and <see cref="IsmsError.Value"/> the value: a missing row
    /// or cell, an unknown risk id, duplicate ids, a scale of the wrong size, a non-monotone matrix not allowed.
    /// </exception>
    public static RiskCriteria FromDefinition(
        string name,
        IReadOnlyList<ImportedLevel> probability,
        IReadOnlyList<ImportedLevel> impact,
        IReadOnlyList<ImportedLevel> risk,
        IReadOnlyList<IReadOnlyList<int>?> grid,
        int? acceptanceRiskId = null,
        bool allowNonMonotone = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(probability);
        ArgumentNullException.ThrowIfNull(impact);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(grid);
        var sites = new Sites<string?>(
            scale => Capitalised(scale),
            (scale, index, member) => string.Create(CultureInfo.InvariantCulture, $"{Capitalised(scale)}[{index}]{(member is null ? string.Empty : "." + Capitalised(member))}"),
            "Grid",
            row => string.Create(CultureInfo.InvariantCulture, $"Grid[{row}]"),
            (row, column) => string.Create(CultureInfo.InvariantCulture, $"Grid[{row}][{column}]"),
            "Risk",
            null);
        Fail<string?> fail = (member, problem) => new IsmsException(
            new IsmsError(RiskErrorCodes.InvalidMatrix, $"Matrix {DocumentErrorText.Quote(name)}{(member is null ? string.Empty : " " + member)}: {problem.Text}.")
            {
                EntityKind = nameof(RiskMatrix),
                EntityId = name,
                Member = member,
                Value = problem.Value,
            },
            problem.Inner);
        return Build(name, Sorted(probability), Sorted(impact), Sorted(risk), grid, acceptanceRiskId, allowNonMonotone, sites, fail);
    }

    /// <summary>Imports risk criteria from a JSON matrix document (see the type's summary for the shape).</summary>
    /// <param name="utf8Json">The bytes: the matrix object, or an object with <c>json_definition</c> holding it.</param>
    /// <returns>The risk criteria; acceptance at the lowest risk level; a non-monotone matrix refused.</returns>
    /// <exception cref="IsmsDocumentException">The document cannot be read or describes no valid matrix (see the remarks).</exception>
    public RiskCriteria Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null, null, false);

    /// <summary>Imports risk criteria from a JSON matrix document (see the type's summary for the shape).</summary>
    /// <param name="utf8Json">The bytes: the matrix object, or an object with <c>json_definition</c> holding it.</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name as the user gave it), or null.</param>
    /// <param name="acceptanceRiskId">The id of the highest risk level accepted without treatment, or null for the lowest.</param>
    /// <param name="allowNonMonotone">True to accept a matrix that is not monotone.</param>
    /// <returns>The risk criteria.</returns>
    /// <exception cref="IsmsDocumentException">The document cannot be read or describes no valid matrix (see the remarks); an acceptance id that is no risk level id is <c>ISMS-DOC-030</c> at the risk levels.</exception>
    public RiskCriteria Read(ReadOnlySpan<byte> utf8Json, string? sourceName, int? acceptanceRiskId, bool allowNonMonotone)
    {
        using var input = JsonInput.Open(utf8Json, sourceName, _options, ScanRules.Import);
        var root = input.Document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw input.Error("$", new ReadProblem(DocumentErrorCodes.RootNotObject, "the root is not an object", "a matrix object, or an object with json_definition"));
        }

        if (!root.TryGetProperty("json_definition", out var definition))
        {
            return ReadMatrix(root, "$", input.Fail, acceptanceRiskId, allowNonMonotone);
        }

        const string at = "$.json_definition";
        if (definition.ValueKind == JsonValueKind.Object)
        {
            return ReadMatrix(definition, at, input.Fail, acceptanceRiskId, allowNonMonotone);
        }

        if (definition.ValueKind != JsonValueKind.String)
        {
            throw input.Error(at, new ReadProblem(DocumentErrorCodes.WrongType, "json_definition is neither an object nor a string", "the matrix object, or a string holding its JSON"));
        }

        // CISO Assistant stores the matrix as a string of JSON: read it as strictly as the document, errors placed at the string.
        try
        {
            using var inner = JsonInput.Open(Encoding.UTF8.GetBytes(definition.GetString()!), null, _options, ScanRules.Import);
            Fail<string> innerFail = (path, problem) => inner.Error(path, problem);
            if (inner.Document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw inner.Error("$", new ReadProblem(DocumentErrorCodes.RootNotObject, "the root is not an object", "a matrix object"));
            }

            return ReadMatrix(inner.Document.RootElement, "$", innerFail, acceptanceRiskId, allowNonMonotone);
        }
        catch (IsmsDocumentException ex)
        {
            var where = ex.Location with { Source = null };
            throw input.Error(at, new ReadProblem(ex.Code, $"in the JSON text it holds, at {where}: {ex.Problem}", ex.Expected, ex.Value, ex.InnerException ?? ex));
        }
    }

    /// <summary>Imports risk criteria from a JSON matrix document in a stream (read to its end, within the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The risk criteria; acceptance at the lowest risk level; a non-monotone matrix refused.</returns>
    /// <exception cref="IsmsDocumentException">The document cannot be read, is too large, or describes no valid matrix.</exception>
    public RiskCriteria Read(Stream utf8Json) => Read(utf8Json, null, null, false);

    /// <summary>Imports risk criteria from a JSON matrix document in a stream (read to its end, within the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <param name="acceptanceRiskId">The id of the highest risk level accepted without treatment, or null for the lowest.</param>
    /// <param name="allowNonMonotone">True to accept a matrix that is not monotone.</param>
    /// <returns>The risk criteria.</returns>
    /// <exception cref="IsmsDocumentException">The document cannot be read, is too large, or describes no valid matrix.</exception>
    public RiskCriteria Read(Stream utf8Json, string? sourceName, int? acceptanceRiskId, bool allowNonMonotone) =>
        TextInput.Read(utf8Json, _options.MaxDocumentBytes, TextKind.Json, sourceName, bytes => Read(bytes, sourceName, acceptanceRiskId, allowNonMonotone));

    /// <summary>Imports risk criteria from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The risk criteria; acceptance at the lowest risk level; a non-monotone matrix refused.</returns>
    /// <exception cref="IsmsDocumentException">The document cannot be read or describes no valid matrix.</exception>
    public RiskCriteria Parse(string json) => Parse(json, null, null, false);

    /// <summary>Imports risk criteria from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <param name="acceptanceRiskId">The id of the highest risk level accepted without treatment, or null for the lowest.</param>
    /// <param name="allowNonMonotone">True to accept a matrix that is not monotone.</param>
    /// <returns>The risk criteria.</returns>
    /// <exception cref="IsmsDocumentException">The document cannot be read or describes no valid matrix.</exception>
    public RiskCriteria Parse(string json, string? sourceName, int? acceptanceRiskId, bool allowNonMonotone) =>
        Read(TextInput.FromString(json, TextKind.Json, sourceName), sourceName, acceptanceRiskId, allowNonMonotone);

    private static RiskCriteria ReadMatrix(JsonElement matrix, string path, Fail<string> fail, int? acceptanceRiskId, bool allowNonMonotone)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in matrix.EnumerateObject())
        {
            if (!names.TryAdd(property.Name, property.Name))
            {
                throw fail(JsonPathSegments.Member(path, property.Name), new ReadProblem(DocumentErrorCodes.DuplicateMember, $"the member {DocumentErrorText.Quote(property.Name)} appears twice", "each member once per object"));
            }
        }

        var name = matrix.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(n.GetString()) ? n.GetString()! : DefaultName;
        var scales = new Dictionary<string, (string Member, List<(ImportedLevel Level, int Index)> Levels)>(StringComparer.Ordinal)
        {
            ["probability"] = Levels(matrix, path, "probability", "likelihood", fail),
            ["impact"] = Levels(matrix, path, "impact", "consequence", fail),
            ["risk"] = Levels(matrix, path, "risk", null, fail),
        };
        var (gridMember, gridValue) = Member(matrix, path, "grid", null, JsonValueKind.Array, fail);
        var gridPath = JsonPathSegments.Member(path, gridMember);
        var rows = new List<IReadOnlyList<int>?>();
        var r = 0;
        foreach (var row in gridValue.EnumerateArray())
        {
            var rowPath = JsonPathSegments.Item(gridPath, r);
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw fail(rowPath, new ReadProblem(DocumentErrorCodes.WrongType, "the grid row is not an array", "an array of risk level ids, one per impact level"));
            }

            var cells = new List<int>();
            var c = 0;
            foreach (var cell in row.EnumerateArray())
            {
                cells.Add(WholeNumber(cell, JsonPathSegments.Item(rowPath, c), fail));
                c++;
            }

            rows.Add(cells);
            r++;
        }

        // Levels are placed by their index in the document; the model orders them by id.
        var sites = new Sites<string>(
            scale => JsonPathSegments.Member(path, scales[scale].Member),
            (scale, index, member) =>
            {
                var levelPath = JsonPathSegments.Item(JsonPathSegments.Member(path, scales[scale].Member), index);
                return member is null ? levelPath : JsonPathSegments.Member(levelPath, member);
            },
            gridPath,
            row => JsonPathSegments.Item(gridPath, row),
            (row, column) => JsonPathSegments.Item(JsonPathSegments.Item(gridPath, row), column),
            JsonPathSegments.Member(path, scales["risk"].Member),
            path);
        return Build(name, Sorted(scales["probability"].Levels.Select(l => l.Level).ToList()), Sorted(scales["impact"].Levels.Select(l => l.Level).ToList()),
            Sorted(scales["risk"].Levels.Select(l => l.Level).ToList()), rows, acceptanceRiskId, allowNonMonotone, sites, fail);
    }

    /// <summary>The levels ordered by id, each with its index in the caller's list (ties keep that order: a duplicate is reported at the later one).</summary>
    private static (ImportedLevel Level, int Index)[] Sorted(IReadOnlyList<ImportedLevel> levels) =>
        [.. levels.Select((level, index) => (level, index)).OrderBy(l => l.level?.Id ?? 0).ThenBy(l => l.index)];


    private static (string Member, List<(ImportedLevel Level, int Index)> Levels) Levels(JsonElement matrix, string path, string name, string? alias, Fail<string> fail)
    {
        var (member, array) = Member(matrix, path, name, alias, JsonValueKind.Array, fail);
        var levels = new List<(ImportedLevel, int)>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = JsonPathSegments.Item(JsonPathSegments.Member(path, member), index);
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw fail(at, new ReadProblem(DocumentErrorCodes.WrongType, "the level is not an object", "an object with id, name, abbreviation, description, hexcolor"));
            }

            var id = item.TryGetProperty("id", out var idElement) ? WholeNumber(idElement, at + ".id", fail) : index;
            if (!item.TryGetProperty("name", out var nameElement))
            {
                throw fail(at, new ReadProblem(DocumentErrorCodes.MissingMember, "the level has no name", "a name"));
            }

            var levelName = nameElement.ValueKind == JsonValueKind.String
                ? nameElement.GetString()!
                : throw fail(at + ".name", new ReadProblem(DocumentErrorCodes.WrongType, "the name is not a string", "a string"));
            if (string.IsNullOrWhiteSpace(levelName))
            {
                throw fail(at + ".name", new ReadProblem(DocumentErrorCodes.InvalidValue, "the name is empty", "a name", levelName));
            }

            levels.Add((new ImportedLevel(id, levelName, Text(item, "abbreviation"), Text(item, "description"), Text(item, "hexcolor") ?? Text(item, "color") ?? Text(item, "colour")), index));
            index++;
        }

        return (member, levels);
    }

    private static (string Member, JsonElement Value) Member(JsonElement matrix, string path, string name, string? alias, JsonValueKind kind, Fail<string> fail)
    {
        var hasName = matrix.TryGetProperty(name, out var value);
        if (alias is not null && matrix.TryGetProperty(alias, out var aliased))
        {
            if (hasName)
            {
                throw fail(JsonPathSegments.Member(path, alias), new ReadProblem(DocumentErrorCodes.DuplicateMember, $"both {name} and {alias} are given", $"one of {name} and {alias}"));
            }

            (value, name, hasName) = (aliased, alias, true);
        }

        if (!hasName)
        {
            throw fail(path, new ReadProblem(DocumentErrorCodes.MissingMember, $"the matrix has no {name}", alias is null ? $"the member {name}" : $"the member {name} (or {alias})"));
        }

        return value.ValueKind == kind
            ? (name, value)
            : throw fail(JsonPathSegments.Member(path, name), new ReadProblem(DocumentErrorCodes.WrongType, $"{name} is not an {kind.ToString().ToLowerInvariant()}", $"an {kind.ToString().ToLowerInvariant()}"));
    }

    private static int WholeNumber(JsonElement element, string path, Fail<string> fail)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            throw fail(path, new ReadProblem(DocumentErrorCodes.WrongType, "the value is not a number", "a whole number", element.ValueKind == JsonValueKind.String ? element.GetString() : null));
        }

        return element.TryGetInt32(out var value)
            ? value
            : throw fail(path, new ReadProblem(DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(element.GetRawText())} is not a whole number of 32 bits", "a whole number such as 0 or 3", element.GetRawText()));
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    /// <summary>The one implementation of the import rules, for lists (<see cref="FromDefinition"/>) and documents.</summary>
    private static RiskCriteria Build<TSite>(
        string name, (ImportedLevel Level, int Index)[] probability, (ImportedLevel Level, int Index)[] impact, (ImportedLevel Level, int Index)[] risk,
        IReadOnlyList<IReadOnlyList<int>?> grid, int? acceptanceRiskId, bool allowNonMonotone, Sites<TSite> sites, Fail<TSite> fail)
    {
        CheckIds("probability", probability, sites, fail);
        CheckIds("impact", impact, sites, fail);
        CheckIds("risk", risk, sites, fail);
        var (p, i, r) = (probability.Select(l => l.Level).ToArray(), impact.Select(l => l.Level).ToArray(), risk.Select(l => l.Level).ToArray());
        var riskPosition = new Dictionary<int, int>(r.Length);
        for (var k = 0; k < r.Length; k++)
        {
            riskPosition[r[k].Id] = k + 1;
        }

        if (grid.Count != p.Length)
        {
            throw fail(sites.Grid, new ReadProblem(DocumentErrorCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"the grid has {grid.Count} rows; there are {p.Length} probability levels"), "one row per probability level"));
        }

        var cells = new int[p.Length][];
        for (var row = 0; row < p.Length; row++)
        {
            var source = grid[row] ?? throw fail(sites.Row(row), new ReadProblem(DocumentErrorCodes.MissingMember,
                string.Create(CultureInfo.InvariantCulture, $"grid row {row} (probability {DocumentErrorText.Quote(p[row].Name)}) is missing"), "one row per probability level"));
            if (source.Count != i.Length)
            {
                throw fail(sites.Row(row), new ReadProblem(DocumentErrorCodes.InvalidValue,
                    string.Create(CultureInfo.InvariantCulture, $"grid row {row} (probability {DocumentErrorText.Quote(p[row].Name)}) has {source.Count} cells; there are {i.Length} impact levels"),
                    "one cell per impact level"));
            }

            cells[row] = new int[i.Length];
            for (var column = 0; column < i.Length; column++)
            {
                cells[row][column] = riskPosition.TryGetValue(source[column], out var position)
                    ? position
                    : throw fail(sites.Cell(row, column), new ReadProblem(DocumentErrorCodes.DanglingReference,
                        string.Create(CultureInfo.InvariantCulture, $"grid[{row}][{column}] (probability {DocumentErrorText.Quote(p[row].Name)}, impact {DocumentErrorText.Quote(i[column].Name)}) is {source[column]}, not a risk level id"),
                        "the id of a risk level", source[column].ToString(CultureInfo.InvariantCulture)));
            }
        }

        var acceptance = 1;
        if (acceptanceRiskId is { } accepted && !riskPosition.TryGetValue(accepted, out acceptance))
        {
            throw fail(sites.Risk, new ReadProblem(DocumentErrorCodes.DanglingReference,
                string.Create(CultureInfo.InvariantCulture, $"the acceptance risk id {accepted} is not a risk level id"), "the id of a risk level", accepted.ToString(CultureInfo.InvariantCulture)));
        }

        var likelihood = Scale("Likelihood", "probability", probability, sites, fail);
        var consequence = Scale("Consequence", "impact", impact, sites, fail);
        var levels = r.Select((l, k) => ReadProblem.Modelled(sites.Level("risk", risk[k].Index, null), fail,
            () => new RiskLevelDefinition(l.Name, Abbreviation(l), l.Colour ?? Colour(k, r.Length), l.Description ?? string.Empty))).ToList();
        var matrix = ReadProblem.Modelled(r.Length < 2 ? sites.Scale("risk") : sites.Grid, fail, () => new RiskMatrix(likelihood, consequence, levels, cells, allowNonMonotone));
        return ReadProblem.Modelled(sites.Root, fail, () => new RiskCriteria(name, matrix, new RiskLevel(acceptance)));
    }

    private static void CheckIds<TSite>(string scale, (ImportedLevel Level, int Index)[] ordered, Sites<TSite> sites, Fail<TSite> fail)
    {
        for (var k = 0; k < ordered.Length; k++)
        {
            ArgumentNullException.ThrowIfNull(ordered[k].Level, scale);
            if (k > 0 && ordered[k].Level.Id == ordered[k - 1].Level.Id)
            {
                throw fail(sites.Level(scale, ordered[k].Index, "id"), new ReadProblem(DocumentErrorCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"the {scale} level id {ordered[k].Level.Id} is used twice"), "each level id once",
                    ordered[k].Level.Id.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static RiskScale Scale<TSite>(string name, string scale, (ImportedLevel Level, int Index)[] levels, Sites<TSite> sites, Fail<TSite> fail)
    {
        if (levels.Length is < RiskScale.MinimumLevels or > RiskScale.MaximumLevels)
        {
            throw fail(sites.Scale(scale), new ReadProblem(DocumentErrorCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"the {scale} scale has {levels.Length} levels"), string.Create(CultureInfo.InvariantCulture, $"{RiskScale.MinimumLevels} to {RiskScale.MaximumLevels} levels")));
        }

        var built = levels.Select((l, k) => ReadProblem.Modelled(sites.Level(scale, l.Index, null), fail,
            () => new ScaleLevel(l.Level.Name, Abbreviation(l.Level), k + 1, l.Level.Description ?? string.Empty, l.Level.Colour ?? Colour(k, levels.Length)))).ToList();
        return ReadProblem.Modelled(sites.Scale(scale), fail, () => new RiskScale(name, built));
    }

    private static string Abbreviation(ImportedLevel level)
    {
        if (!string.IsNullOrWhiteSpace(level.Abbreviation))
        {
            return level.Abbreviation;
        }

        // The first letter (a whole character, never half a surrogate pair) and the id: "L0", "H2".
        var trimmed = level.Name.Trim();
        var first = Rune.TryGetRuneAt(trimmed, 0, out var rune) ? rune.ToString() : trimmed[..1];
        return first.ToUpperInvariant() + level.Id.ToString(CultureInfo.InvariantCulture);
    }

    private static string Colour(int index, int count) =>
        DefaultColours[count <= 1 ? 0 : (int)Math.Round(index * (DefaultColours.Length - 1) / (double)(count - 1))];

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Where each part of a matrix is, in the caller's terms (a JSON path, or a member of the lists).</summary>
    private sealed record Sites<TSite>(
        Func<string, TSite> Scale, Func<string, int, string?, TSite> Level, TSite Grid, Func<int, TSite> Row, Func<int, int, TSite> Cell, TSite Risk, TSite Root);
}
