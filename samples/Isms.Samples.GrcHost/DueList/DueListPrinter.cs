using System.Globalization;
using System.Text;

namespace Isms.Samples.GrcHost.DueList;

/// <summary>Prints due lists as plain text that fits 80 columns (the daily mail or log of a GRC platform).</summary>
public static class DueListPrinter
{
    private const int Width = 80;
    private const string Indent = "             ";

    /// <summary>Writes every organisation's due list.</summary>
    /// <param name="lists">The due lists.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IReadOnlyList<OrganisationDueList> lists, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(output);
        if (lists.Count == 0)
        {
            output.WriteLine("No organisations in the store.");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Due list as of {lists[0].AsOf:uuuu-MM-dd}: {lists.Count} organisations, {lists.Sum(l => l.OverdueCount)} overdue, {lists.Sum(l => l.DueSoonCount)} due soon"));
        foreach (var list in lists)
        {
            output.WriteLine();
            output.WriteLine(Clip(string.Create(CultureInfo.InvariantCulture, $"{list.Name} ({list.Key}): {list.OverdueCount} overdue, {list.DueSoonCount} due soon")));
            output.WriteLine(Clip($"  Certification: {list.Certification ?? "not applied for"}"));
            foreach (var item in list.Items)
            {
                var when = item.Status == DueStatus.Overdue
                    ? string.Create(CultureInfo.InvariantCulture, $"{item.DaysLate} day{(item.DaysLate == 1 ? string.Empty : "s")} late")
                    : item.DaysLate == 0 ? "today" : string.Create(CultureInfo.InvariantCulture, $"in {-item.DaysLate} day{(item.DaysLate == -1 ? string.Empty : "s")}");
                var head = string.Create(CultureInfo.InvariantCulture,
                    $"  {(item.Status == DueStatus.Overdue ? "OVERDUE" : "due"),-8} {item.DueOn:uuuu-MM-dd} ({when}) {Label(item.Kind)} {item.Reference}");
                output.WriteLine(Clip(item.Owner is null ? head : head + ", " + item.Owner));
                foreach (var line in Wrap(item.Title, Width - Indent.Length))
                {
                    output.WriteLine(Indent + line);
                }
            }
        }
    }

    /// <summary>The kind in words.</summary>
    /// <param name="kind">The kind.</param>
    public static string Label(DueKind kind) => kind switch
    {
        DueKind.Certification => "certification",
        DueKind.RiskAcceptance => "risk acceptance",
        DueKind.TreatmentAction => "treatment action",
        DueKind.CorrectiveAction => "corrective action",
        DueKind.DocumentReview => "document review",
        _ => kind.ToString(),
    };

    private static string Clip(string line) => line.Length <= Width ? line : line[..(Width - 3)] + "...";

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
