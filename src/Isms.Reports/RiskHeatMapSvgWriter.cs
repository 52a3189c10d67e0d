using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Scoring;

namespace Isms.Reports;

/// <summary>
/// Draws risk heat maps as one SVG a person opens in any browser: one matrix per stage (e.g. inherent and residual
/// side by side), likelihood rows from the highest down, consequence columns, each cell filled with its risk level's
/// colour and showing the number of risks in it; axis labels are the organisation's own scale names, and a legend
/// lists the levels with the acceptance level marked.
/// </summary>
/// <remarks>Cells carry <c>data-stage</c>, <c>data-likelihood</c>, <c>data-consequence</c>, <c>data-level</c> and
/// <c>data-count</c> attributes (and a tooltip), so tools and tests can read the numbers back.
/// ISO/IEC 27001:2022 clause 6.1.2 (risk assessment results), clause 8.2.</remarks>
public static partial class RiskHeatMapSvgWriter
{
    private const int Cell = 64;
    private const int Gap = 48;
    private const int Top = 64;
    private const int FontSize = 12;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The media type of the image, for an HTTP <c>Content-Type</c>.</summary>
    public const string ContentType = "image/svg+xml";

    /// <summary>Writes the heat map as SVG (UTF-8, no byte order mark, indented) to a stream, left open.</summary>
    /// <param name="register">The scored register to draw (its criteria give the matrix, names and colours).</param>
    /// <param name="stages">The stages to draw side by side, left to right (e.g. inherent and residual); at least one.</param>
    /// <param name="organisation">The organisation's name, shown in the title (escaped: any text is safe).</param>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stages"/> is empty or the stream is not writable.</exception>
    public static void Write(ScoredRegister register, IReadOnlyList<RiskStage> stages, string organisation, Stream stream)
    {
        var document = Build(register, stages, organisation);
        ValidateStream(stream);
        using var writer = XmlWriter.Create(stream, Settings(async: false));
        document.Save(writer);
    }

    /// <summary>Writes the heat map as SVG to a stream asynchronously (suits an HTTP response body).</summary>
    /// <param name="register">The scored register to draw (its criteria give the matrix, names and colours).</param>
    /// <param name="stages">The stages to draw side by side, left to right (e.g. inherent and residual); at least one.</param>
    /// <param name="organisation">The organisation's name, shown in the title (escaped: any text is safe).</param>
    /// <param name="stream">A writable stream, left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the image is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stages"/> is empty or the stream is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(ScoredRegister register, IReadOnlyList<RiskStage> stages, string organisation, Stream stream, CancellationToken cancellationToken = default)
    {
        var document = Build(register, stages, organisation);
        ValidateStream(stream);
        cancellationToken.ThrowIfCancellationRequested();
        var writer = XmlWriter.Create(stream, Settings(async: true));
        await using (writer.ConfigureAwait(false))
        {
            await document.SaveAsync(writer, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync().ConfigureAwait(false);
        }
    }

    private static XmlWriterSettings Settings(bool async) => new() { Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false, Async = async };

    private static void ValidateStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }
    }

    /// <summary>Builds the SVG document (for callers that add to it or embed it in a page).</summary>
    /// <param name="register">The scored register to draw.</param>
    /// <param name="stages">The stages to draw side by side, left to right; at least one.</param>
    /// <param name="organisation">The organisation's name, shown in the title.</param>
    /// <returns>The SVG document: one <c>rect</c> of class <c>cell</c> per matrix cell and stage.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stages"/> is empty.</exception>
    public static XDocument Build(ScoredRegister register, IReadOnlyList<RiskStage> stages, string organisation)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(organisation);
        if (stages.Count == 0)
        {
            throw new ArgumentException("At least one stage to draw.", nameof(stages));
        }
        var criteria = register.Criteria;
        var matrix = criteria.Matrix;
        var rows = matrix.Likelihood.Count;
        var columns = matrix.Consequence.Count;
        var labelWidth = 24 + (7 * Math.Min(22, matrix.Likelihood.Levels.Max(l => l.Name.Length)));
        var panelWidth = labelWidth + (columns * Cell);
        var width = 16 + (stages.Count * panelWidth) + ((stages.Count - 1) * Gap) + 16;
        var legendTop = Top + (rows * Cell) + 64;
        var height = legendTop + 24 + (matrix.Levels.Length * 20) + 16;

        var root = new XElement(Svg + "svg",
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"),
            new XAttribute("font-size", FontSize),
            new XElement(Svg + "title", $"Risk heat map: {organisation}"),
            new XElement(Svg + "desc", $"{criteria.Name}: {matrix.Likelihood.Name} ({rows} levels) x {matrix.Consequence.Name} ({columns} levels), {register.Risks.Length} risks, as of {register.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}."),
            new XElement(Svg + "rect", new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", "#ffffff")),
            Text(16, 24, $"{organisation}: risk heat map ({criteria.Name}), as of {register.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}", 15, "bold"));

        for (var s = 0; s < stages.Count; s++)
        {
            root.Add(Panel(register.HeatMap(stages[s]), 16 + (s * (panelWidth + Gap)), labelWidth));
        }

        root.Add(Text(16, legendTop, "Risk levels", FontSize, "bold"));
        for (var i = 0; i < matrix.Levels.Length; i++)
        {
            var level = matrix.Levels[i];
            var y = legendTop + 12 + (i * 20);
            var acceptance = i + 1 <= criteria.AcceptanceLevel.Value ? " (within risk acceptance criteria)" : string.Empty;
            root.Add(
                new XElement(Svg + "rect", new XAttribute("class", "legend"), new XAttribute("x", 16), new XAttribute("y", y), new XAttribute("width", 14), new XAttribute("height", 14),
                    new XAttribute("fill", Colour(level.Colour)), new XAttribute("stroke", "#555555")),
                Text(38, y + 11, $"{level.Abbreviation}  {level.Name}{acceptance}", FontSize, null));
        }

        foreach (var text in root.DescendantNodes().OfType<XText>())
        {
            text.Value = XmlText.Clean(text.Value);
        }

        foreach (var attribute in root.DescendantsAndSelf().Attributes())
        {
            attribute.Value = XmlText.Clean(attribute.Value);
        }

        return new XDocument(root);
    }

    private static XElement Panel(RiskHeatMap map, int left, int labelWidth)
    {
        var matrix = map.Criteria.Matrix;
        var rows = matrix.Likelihood.Count;
        var columns = matrix.Consequence.Count;
        var gridLeft = left + labelWidth;
        var stage = map.Stage.ToString();
        var panel = new XElement(Svg + "g",
            new XAttribute("class", "heatmap"),
            new XAttribute("data-stage", stage),
            new XAttribute("data-total", map.Total),
            Text(left, Top - 24, $"{stage} risk ({map.Total} risks)", 14, "bold"),
            Text(gridLeft + (columns * Cell / 2), Top + (rows * Cell) + 40, matrix.Consequence.Name, FontSize, "bold", "middle"),
            new XElement(Svg + "text",
                new XAttribute("x", left + 10), new XAttribute("y", Top + (rows * Cell / 2)),
                new XAttribute("font-weight", "bold"), new XAttribute("text-anchor", "middle"),
                new XAttribute("transform", $"rotate(-90 {left + 10} {Top + (rows * Cell / 2)})"),
                matrix.Likelihood.Name));

        for (var l = rows; l >= 1; l--)
        {
            var y = Top + ((rows - l) * Cell);
            var name = matrix.Likelihood[l].Name;
            panel.Add(Text(gridLeft - 6, y + (Cell / 2) + 4, Short(name, 22), FontSize, null, "end"));
            for (var c = 1; c <= columns; c++)
            {
                var x = gridLeft + ((c - 1) * Cell);
                var level = matrix.Definition(matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)));
                var count = map[new LikelihoodLevel(l), new ConsequenceLevel(c)];
                var fill = Colour(level.Colour);
                panel.Add(new XElement(Svg + "g",
                    new XElement(Svg + "rect",
                        new XAttribute("class", "cell"),
                        new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", Cell), new XAttribute("height", Cell),
                        new XAttribute("fill", fill), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", 2),
                        new XAttribute("data-stage", stage),
                        new XAttribute("data-likelihood", l), new XAttribute("data-consequence", c),
                        new XAttribute("data-level", level.Name), new XAttribute("data-count", count),
                        new XElement(Svg + "title", $"{matrix.Likelihood.Name} {name} x {matrix.Consequence.Name} {matrix.Consequence[c].Name}: {level.Name}, {count} risk{(count == 1 ? string.Empty : "s")}")),
                    Text(x + (Cell / 2), y + (Cell / 2) + 6, count == 0 ? string.Empty : count.ToString(CultureInfo.InvariantCulture), 18, "bold", "middle", Ink(fill), "count")));
            }
        }

        for (var c = 1; c <= columns; c++)
        {
            var x = gridLeft + ((c - 1) * Cell) + (Cell / 2);
            panel.Add(Text(x, Top + (rows * Cell) + 16, Short(matrix.Consequence[c].Name, 10), 11, null, "middle"));
        }

        return panel;
    }

    private static XElement Text(int x, int y, string content, int size, string? weight, string anchor = "start", string? fill = null, string? cssClass = null)
    {
        var text = new XElement(Svg + "text", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("font-size", size), content);
        if (weight is not null)
        {
            text.Add(new XAttribute("font-weight", weight));
        }

        if (anchor != "start")
        {
            text.Add(new XAttribute("text-anchor", anchor));
        }

        if (fill is not null)
        {
            text.Add(new XAttribute("fill", fill));
        }

        if (cssClass is not null)
        {
            text.Add(new XAttribute("class", cssClass));
        }

        return text;
    }

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>The level's colour when it is a #rgb or #rrggbb value, else a neutral grey (never raw text in an attribute).</summary>
    private static string Colour(string colour) => HexColour().IsMatch(colour) ? colour : "#9ca3af";

    /// <summary>Black or white text, whichever reads better on the fill (relative luminance).</summary>
    private static string Ink(string fill)
    {
        var hex = fill.Length == 4 ? string.Concat(fill[1..].Select(ch => $"{ch}{ch}")) : fill[1..];
        var r = int.Parse(hex[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(hex[2..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(hex[4..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((0.2126 * r) + (0.7152 * g) + (0.0722 * b)) / 255 > 0.55 ? "#111111" : "#ffffff";
    }

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
