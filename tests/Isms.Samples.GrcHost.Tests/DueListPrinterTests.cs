using Isms.Samples.GrcHost.DueList;

namespace Isms.Samples.GrcHost.Tests;

public sealed class DueListPrinterTests
{
    [Fact]
    public void The_printed_list_fits_80_columns_and_names_every_organisation_and_item()
    {
        var lists = DueListJobTests.Run();
        using var output = new StringWriter();

        DueListPrinter.Write(lists, output);
        var text = output.ToString();

        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, $"too wide: {line}"));
        Assert.StartsWith("Due list as of 2026-11-30: 3 organisations", text, StringComparison.Ordinal);
        foreach (var item in lists.SelectMany(l => l.Items))
        {
            Assert.Contains(item.Reference, text, StringComparison.Ordinal);
        }

        Assert.Contains("OVERDUE  2026-10-31 (30 days late) risk acceptance R-B05, Sanjay Patel", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_store_says_so()
    {
        using var output = new StringWriter();

        DueListPrinter.Write([], output);

        Assert.Equal("No organisations in the store.", output.ToString().Trim());
    }
}
