using System.Globalization;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Formats;
using Isms.Serialization.Reading;

namespace Isms.Serialization.Import;

/// <summary>
/// Reads the scenario CSV layout risk analysts already keep: <c>Identifier,Name,Probability,Low_loss,High_loss</c>, one
/// scenario per row. Probability is the annual rate of loss events (Poisson events per simulated year); Low_loss and
/// High_loss are a 90% interval of the loss per event (5th and 95th percentiles, fitted as a lognormal).
/// </summary>
/// <remarks>
/// <para>The header row is optional (recognised by its first column <c>Identifier</c>); blank lines and lines starting
/// with <c>#</c> are skipped; fields may be quoted (RFC 4180, within one line) and are trimmed; numbers use the
/// invariant culture (<c>1e6</c> or <c>1000000</c>); an empty Name takes the Identifier.</para>
/// <para>Strict, within the limits of <see cref="IsmsDocumentOptions"/> (size; <see cref="IsmsDocumentOptions.MaxItemsPerCollection"/>
/// lines; <see cref="IsmsDocumentOptions.MaxStringBytes"/> per field): invalid UTF-8 is refused, never replaced by
/// U+FFFD (a UTF-8, UTF-16 or UTF-32 byte order mark is honoured). Any bad row stops the read with
/// <see cref="IsmsDocumentException"/> naming the line and the column: <c>ISMS-DOC-007</c> for a row that is not five
/// fields, <c>ISMS-DOC-024</c> for a value that is not a number or that the Open FAIR model refuses (with the model's
/// <see cref="IsmsException"/>, <c>ISMS-FAIR-0xx</c>, as inner exception), <c>ISMS-DOC-031</c> for an Identifier used
/// twice. Nothing is returned half read.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class FairScenarioCsvReader
{
    private static readonly string[] Header = ["Identifier", "Name", "Probability", "Low_loss", "High_loss"];

    private readonly IsmsDocumentOptions _options;

    /// <summary>Creates a reader with the given limits (copied), or the safe defaults.</summary>
    /// <param name="options">The limits; null for <see cref="IsmsDocumentOptions"/> defaults.</param>
    public FairScenarioCsvReader(IsmsDocumentOptions? options = null)
    {
        _options = (options ?? new IsmsDocumentOptions()).Clone();
    }

    /// <summary>A reader with the default limits.</summary>
    public static FairScenarioCsvReader Default { get; } = new();

    /// <summary>Reads scenario CSV.</summary>
    /// <param name="csv">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit, or a value is invalid.</exception>
    public FairScenarioSet Read(ReadOnlySpan<byte> csv) => Read(csv, null);

    /// <summary>Reads scenario CSV.</summary>
    /// <param name="csv">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name as the user gave it), or null.</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, breaks a limit, or a value is invalid.</exception>
    public FairScenarioSet Read(ReadOnlySpan<byte> csv, string? sourceName)
    {
        var text = DelimitedText.Open(csv, ',', quoted: true, sourceName, _options);
        Fail<TextSite> fail = (site, problem) => site.Error(text, problem);
        var scenarios = new List<(FairScenario, TextSite)>();
        var first = true;
        while (text.NextLine(out var number, out var line))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = text.Split(number, line);
            if (first)
            {
                first = false;
                if (string.Equals(fields[0].Trim(), Header[0], StringComparison.OrdinalIgnoreCase))
                {
                    CheckHeader(text, fields);
                    continue;
                }
            }

            if (fields.Count != Header.Length)
            {
                throw text.Error(DocumentErrorCodes.MalformedRow, number, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {fields.Count} fields"),
                    $"5 fields: {string.Join(',', Header)}", null);
            }

            var id = fields[0].Trim();
            var idSite = new TextSite(fields, 0);
            if (id.Length == 0)
            {
                throw fail(idSite, new ReadProblem(DocumentErrorCodes.MissingMember, "the Identifier is empty", "a scenario id, e.g. R-01"));
            }

            var scenarioId = FairAssembly.ScenarioId(id, idSite, fail);
            var name = fields[1].Trim();
            var rate = Number(fields, 2, fail);
            var low = Number(fields, 3, fail);
            var high = Number(fields, 4, fail);
            var row = new TextSite(fields, -1);
            scenarios.Add((ReadProblem.Modelled(row, fail, () => FairScenario.FromAnnualRate(scenarioId, name.Length == 0 ? id : name, rate, low, high)), idSite));
        }

        if (scenarios.Count == 0)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.MissingMember, TextInput.At(TextKind.Delimited, sourceName, null, null),
                "the file holds no scenario", $"rows of {string.Join(',', Header)}", null, null);
        }

        return FairAssembly.Set(scenarios, [], [], 0, scenarios[0].Item2, scenarios[0].Item2, scenarios[0].Item2, s => s.Describe(), fail);
    }

    /// <summary>Reads scenario CSV from a stream (read to its end, within the size limit).</summary>
    /// <param name="csv">The stream.</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, too large, or a value is invalid.</exception>
    public FairScenarioSet Read(Stream csv) => Read(csv, null);

    /// <summary>Reads scenario CSV from a stream (read to its end, within the size limit).</summary>
    /// <param name="csv">The stream.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsDocumentException">The input is malformed, too large, or a value is invalid.</exception>
    public FairScenarioSet Read(Stream csv, string? sourceName) =>
        TextInput.Read(csv, _options.MaxDocumentBytes, TextKind.Delimited, sourceName, bytes => Read(bytes, sourceName));

    /// <summary>Reads scenario CSV text.</summary>
    /// <param name="csv">The text.</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsDocumentException">The text is malformed, breaks a limit, or a value is invalid.</exception>
    public FairScenarioSet Parse(string csv) => Parse(csv, null);

    /// <summary>Reads scenario CSV text.</summary>
    /// <param name="csv">The text.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <returns>The scenarios.</returns>
    /// <exception cref="IsmsDocumentException">The text is malformed, breaks a limit, or a value is invalid.</exception>
    public FairScenarioSet Parse(string csv, string? sourceName) => Read(TextInput.FromString(csv, TextKind.Delimited, sourceName), sourceName);

    private static void CheckHeader(DelimitedText text, DelimitedText.Fields fields)
    {
        if (fields.Count != Header.Length)
        {
            throw text.Error(DocumentErrorCodes.MalformedRow, fields.Line, null, null,
                string.Create(CultureInfo.InvariantCulture, $"the header has {fields.Count} columns"), $"the header {string.Join(',', Header)}", null);
        }

        for (var i = 0; i < Header.Length; i++)
        {
            var name = fields[i].Trim();
            if (!string.Equals(name, Header[i], StringComparison.OrdinalIgnoreCase))
            {
                throw text.Error(DocumentErrorCodes.UnknownMember, fields.Line, (i + 1).ToString(CultureInfo.InvariantCulture), fields.PositionOf(i),
                    $"column {i + 1} is named {DocumentErrorText.Quote(name)}", $"{Header[i]} (the header {string.Join(',', Header)})", name);
            }
        }
    }

    private static double Number(DelimitedText.Fields fields, int index, Fail<TextSite> fail)
    {
        var text = fields[index].Trim();
        var site = new TextSite(fields, index);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw fail(site, new ReadProblem(DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(text)} is not a number", "a finite number such as 0.3, 150000 or 1e-2", text));
        }

        return double.IsFinite(value)
            ? value
            : throw fail(site, ReadProblem.BrokenRule(new IsmsException(new IsmsError(FairErrorCodes.NonFinite, $"{Header[index]} {DocumentErrorText.Quote(text)} is not a finite number") { Member = Header[index], Value = text }), text));
    }

    /// <summary>A field of a row (or the whole row, <see cref="Field"/> -1) of the scenario CSV.</summary>
    private readonly record struct TextSite(DelimitedText.Fields Row, int Field)
    {
        public IsmsDocumentException Error(DelimitedText text, ReadProblem problem) =>
            text.Error(problem.Code, Row.Line, Field < 0 ? null : Header[Field], Field < 0 ? null : Row.PositionOf(Field), problem.Text, problem.Expected, problem.Value, problem.Inner);

        public string Describe() => string.Create(CultureInfo.InvariantCulture, $"line {Row.Line}");
    }
}
