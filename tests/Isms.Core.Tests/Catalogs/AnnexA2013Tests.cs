using Isms.Core.Catalogs;

namespace Isms.Core.Tests.Catalogs;

public sealed class AnnexA2013Tests
{
    // Built afresh from the table for each use, not AnnexA.Iso27001_2013 (built once per process): the table's rows are
    // then built inside the test that checks them (mutation testing reuses the test process).
    private static ControlCatalog Catalog => AnnexA.Build2013();

    [Fact]
    public void The_2013_catalog_has_114_controls_with_unique_ids()
    {
        Assert.Equal(114, Catalog.Count);
        Assert.Equal(114, Catalog.Controls.Select(c => c.Id).Distinct().Count());
        Assert.Equal("A.5.1.1", Catalog.Controls[0].Id.Value);
        Assert.Equal("A.18.2.3", Catalog.Controls[^1].Id.Value);
    }

    [Fact]
    public void The_14_clauses_hold_the_control_counts_of_the_standard()
    {
        int[] expected = [2, 7, 6, 10, 14, 2, 15, 14, 7, 13, 5, 7, 4, 8];

        Assert.Equal(14, Catalog.Themes.Length);
        Assert.Equal(expected, Catalog.Themes.Select(t => Catalog.ByTheme(t).Length));
        Assert.Equal("A.9 Access control", Catalog.Themes[4]);
    }

    [Fact]
    public void Each_control_sits_in_the_objective_and_clause_its_id_names()
    {
        Assert.Equal(35, Catalog.Controls.Select(c => c.Group).Distinct().Count());
        foreach (var control in Catalog.Controls)
        {
            var parts = control.Id.Value.Split('.');
            Assert.Matches(@"^A\.(5|6|7|8|9|1[0-8])\.[1-9]\.[1-9][0-9]?$", control.Id.Value);
            Assert.StartsWith($"A.{parts[1]} ", control.Theme, StringComparison.Ordinal);
            Assert.StartsWith($"A.{parts[1]}.{parts[2]} ", control.Group, StringComparison.Ordinal);
            Assert.Null(control.Attributes);
            Assert.False(control.IsNewIn2022);
        }
    }

    [Theory]
    [InlineData("A.9.2.2", "A.9.2 User access management", "User access provisioning")]
    [InlineData("A.12.6.1", "A.12.6 Technical vulnerability management", "Management of technical vulnerabilities")]
    [InlineData("A.14.2.5", "A.14.2 Security in development and support processes", "Secure system engineering principles")]
    [InlineData("A.13.1.2", "A.13.1 Network security management", "Security of network services")]
    public void Well_known_2013_rows_have_their_objective_and_title(string id, string objective, string title)
    {
        var control = Catalog[new ControlId(id)];

        Assert.Equal(objective, control.Group);
        Assert.Equal(title, control.Title);
    }
}
