using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative.IO;

/// <summary>
/// Reads the scenario CSV layout risk analysts already keep: <c>Identifier,Name,Probability,Low_loss,High_loss</c>, one
/// scenario per row. Probability is the annual rate of loss events (Poisson events per simulated year); Low_loss and
/// High_loss are a 90% interval of the loss per event (5th and 95th percentiles, fitted as a lognormal).
/// </summary>
/// <remarks>
/// The header row is optional (recognised by its first column <c>Identifier</c>); blank lines and lines starting with
/// <c>#</c> are skipped; fields may be quoted (RFC 4180); numbers use the invariant culture (<c>1e6</c> or <c>1000000</c>).
/// Any bad row stops the read with <see cref="IsmsException"/> naming the line, the scenario and the field: <c>ISMS-FAIR-020</c>
/// for the layout, the model's codes (<c>001</c> to <c>009</c>) for values; nothing is returned half read.
/// </remarks>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
public static class FairCsvReader
{
    private static readonly string[] Header = ["Identifier", "Name", "Probability", "Low_loss", "High_loss"];

    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsException">The file is malformed or a value is invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FairScenarioSet ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads CSV text.</summary>
    /// <param name="csv">The text.</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsException">The text is malformed or a value is invalid.</exception>
    public static FairScenarioSet Parse(string csv)
    {
        Guard.Against.Null(csv);
        using var reader = new StringReader(csv);
        return Read(reader, "CSV");
    }

    /// <summary>Reads CSV from a reader.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="source">The name used in messages (e.g. the file name).</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsException">The text is malformed or a value is invalid.</exception>
    public static FairScenarioSet Read(TextReader reader, string source)
    {
        Guard.Against.Null(reader);
        Guard.Against.NullOrWhiteSpace(source);
        var scenarios = new List<FairScenario>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var first = true;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = Split(line, source, lineNumber);
            if (first)
            {
                first = false;
                if (string.Equals(fields[0].Trim().TrimStart('\uFEFF'), Header[0], StringComparison.OrdinalIgnoreCase))
                {
                    if (fields.Count != Header.Length || !fields.Select(f => f.Trim().TrimStart('\uFEFF')).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
                    {
                        throw new IsmsException(FairErrorCodes.MalformedCsv, $"{source} line {lineNumber}: the header must be {string.Join(',', Header)}, not '{line}'.");
                    }

                    continue;
                }
            }

            if (fields.Count != Header.Length)
            {
                throw new IsmsException(FairErrorCodes.MalformedCsv, $"{source} line {lineNumber}: expected 5 fields ({string.Join(',', Header)}), found {fields.Count}.");
            }

            var id = fields[0].Trim();
            var name = fields[1].Trim();
            if (id.Length == 0)
            {
                throw new IsmsException(FairErrorCodes.MalformedCsv, $"{source} line {lineNumber}: Identifier is empty.");
            }

            if (seen.TryGetValue(id, out var firstLine))
            {
                throw new IsmsException(FairErrorCodes.Duplicate, $"{source} line {lineNumber}: scenario '{id}' is already defined on line {firstLine}.");
            }

            seen[id] = lineNumber;
            var rate = Number(fields[2], "Probability", id, source, lineNumber);
            var low = Number(fields[3], "Low_loss", id, source, lineNumber);
            var high = Number(fields[4], "High_loss", id, source, lineNumber);
            try
            {
                scenarios.Add(FairScenario.FromAnnualRate(new FairScenarioId(id), name.Length == 0 ? id : name, rate, low, high));
            }
            catch (IsmsException ex)
            {
                throw new IsmsException(ex.Code, $"{source} line {lineNumber}: {ex.Message}", ex);
            }
        }

        if (scenarios.Count == 0)
        {
            throw new IsmsException(FairErrorCodes.MalformedCsv, $"{source}: no scenarios (expected rows of {string.Join(',', Header)}).");
        }

        return new FairScenarioSet(scenarios);
    }

    private static double Number(string text, string column, string id, string source, int line)
    {
        var trimmed = text.Trim();
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new IsmsException(FairErrorCodes.MalformedCsv, $"{source} line {line}: scenario '{id}', {column} '{trimmed}' is not a number.");
        }

        if (!double.IsFinite(value))
        {
            throw new IsmsException(FairErrorCodes.NonFinite, $"{source} line {line}: scenario '{id}', {column} '{trimmed}' is not a finite number.");
        }

        return value;
    }

    private static List<string> Split(string line, string source, int lineNumber)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"' && current.ToString().Trim().Length == 0)
            {
                current.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new IsmsException(FairErrorCodes.MalformedCsv, $"{source} line {lineNumber}: a quoted field is not closed.");
        }

        fields.Add(current.ToString());
        return fields;
    }
}
