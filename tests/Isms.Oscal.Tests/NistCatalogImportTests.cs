using System.Text.Json;
using Isms.Core.Catalogs;
using Isms.Oscal.Tests.Support;

namespace Isms.Oscal.Tests;

/// <summary>
/// NIST's own OSCAL catalogs import with every group, control, enhancement and parameter: the counts are taken from
/// the raw JSON here, by a walk that shares nothing with the reader.
/// </summary>
public sealed class NistCatalogImportTests
{
    public static TheoryData<string> NistCatalogs() => new(
        "NIST_CSF_v2.0_catalog.json",
        "NIST_SP800-171_rev3_catalog-min.json",
        "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json",
        "examples/basic-catalog.json");

    [Theory]
    [MemberData(nameof(NistCatalogs))]
    public void A_NIST_catalog_imports_with_the_counts_of_its_source(string file)
    {
        var bytes = OscalData.Bytes(file.Split('/'));
        var expected = RawCounts.Of(bytes);

        var import = OscalCatalogReader.Default.Read(bytes, file);

        Assert.Equal(expected.Groups, import.Groups);
        Assert.Equal(expected.Controls, import.Controls);
        Assert.Equal(expected.Enhancements, import.Enhancements);
        Assert.Equal(expected.Parameters, import.Parameters);
        Assert.Equal(expected.Withdrawn, import.Withdrawn);
        Assert.Equal(expected.Ids, import.Catalog.Controls.Select(c => c.Id.Value));
        Assert.Equal(expected.Title, import.Title);
        Assert.Equal(expected.Uuid, import.Uuid);
        Assert.Equal(expected.Uuid.ToString("D"), import.Catalog.Id);
    }

    [Fact]
    public void The_SP_800_53_low_baseline_has_the_size_NIST_states()
    {
        // NIST's README of the low baseline: 131 controls, 18 enhancements, 18 families.
        var import = OscalCatalogReader.Default.Read(OscalData.Bytes("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json"));

        Assert.Equal((131, 18, 18), (import.Controls, import.Enhancements, import.Groups));
    }

    [Fact]
    public void A_control_keeps_its_OSCAL_id_its_family_as_theme_and_its_title()
    {
        var bytes = OscalData.Bytes("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json");
        using var raw = JsonDocument.Parse(bytes);
        var family = raw.RootElement.GetProperty("catalog").GetProperty("groups")[0];
        var first = family.GetProperty("controls")[0];
        var enhanced = raw.RootElement.GetProperty("catalog").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("controls").EnumerateArray()).First(c => c.TryGetProperty("controls", out _));
        var enhancement = enhanced.GetProperty("controls")[0];

        var catalog = OscalCatalogReader.Default.Read(bytes).Catalog;

        var control = catalog[new ControlId(first.GetProperty("id").GetString()!)];
        Assert.Equal(family.GetProperty("title").GetString(), control.Theme);
        Assert.Equal(first.GetProperty("title").GetString(), control.Title);
        Assert.Null(control.Group);
        var child = catalog[new ControlId(enhancement.GetProperty("id").GetString()!)];
        Assert.Equal($"{enhanced.GetProperty("id").GetString()} {enhanced.GetProperty("title").GetString()}", child.Group);
    }

    [Fact]
    public void A_CSF_subcategory_titled_with_its_id_takes_its_statement_as_title()
    {
        var bytes = OscalData.Bytes("NIST_CSF_v2.0_catalog.json");
        using var raw = JsonDocument.Parse(bytes);
        var function = raw.RootElement.GetProperty("catalog").GetProperty("groups")[0];
        var category = function.GetProperty("controls")[0];
        var subcategory = category.GetProperty("controls")[0];
        var statement = subcategory.GetProperty("parts").EnumerateArray().First(p => p.GetProperty("name").GetString() == "statement");
        Assert.Equal(subcategory.GetProperty("id").GetString(), subcategory.GetProperty("title").GetString());

        var control = OscalCatalogReader.Default.Read(bytes).Catalog[new ControlId(subcategory.GetProperty("id").GetString()!)];

        Assert.Equal(statement.GetProperty("prose").GetString(), control.Title);
        Assert.Equal(function.GetProperty("title").GetString(), control.Theme);
        Assert.Equal($"{category.GetProperty("id").GetString()} {category.GetProperty("title").GetString()}", control.Group);
    }

    [Fact]
    public void An_imported_catalog_joins_a_catalog_set_beside_Annex_A()
    {
        var csf = OscalCatalogReader.Default.Read(OscalData.Bytes("NIST_CSF_v2.0_catalog.json")).Catalog;

        var set = ControlCatalogSet.Default.Add(csf);

        Assert.Same(csf, set[csf.Id]);
        Assert.Equal(ControlCatalogSet.Default.Catalogs.Length + 1, set.Catalogs.Length);
    }

    /// <summary>The counts of a catalog document, by a plain walk of the JSON.</summary>
    private sealed record RawCounts(int Groups, int Controls, int Enhancements, int Parameters, int Withdrawn, List<string> Ids, string Title, Guid Uuid)
    {
        public static RawCounts Of(byte[] bytes)
        {
            using var document = JsonDocument.Parse(bytes);
            var catalog = document.RootElement.GetProperty("catalog");
            var counts = new RawCounts(0, 0, 0, Params(catalog), 0, [], catalog.GetProperty("metadata").GetProperty("title").GetString()!, catalog.GetProperty("uuid").GetGuid());
            foreach (var control in Items(catalog, "controls"))
            {
                counts = counts.Control(control, 0);
            }

            foreach (var group in Items(catalog, "groups"))
            {
                counts = counts.Group(group);
            }

            return counts;
        }

        private RawCounts Group(JsonElement group)
        {
            var counts = this with { Groups = Groups + 1, Parameters = Parameters + Params(group) };
            foreach (var control in Items(group, "controls"))
            {
                counts = counts.Control(control, 0);
            }

            foreach (var inner in Items(group, "groups"))
            {
                counts = counts.Group(inner);
            }

            return counts;
        }

        private RawCounts Control(JsonElement control, int level)
        {
            Ids.Add(control.GetProperty("id").GetString()!);
            var withdrawn = Items(control, "props").Any(p => p.GetProperty("name").GetString() == "status" && p.GetProperty("value").GetString() == "withdrawn");
            var counts = this with
            {
                Controls = Controls + (level == 0 ? 1 : 0),
                Enhancements = Enhancements + (level > 0 ? 1 : 0),
                Parameters = Parameters + Params(control),
                Withdrawn = Withdrawn + (withdrawn ? 1 : 0),
            };
            foreach (var inner in Items(control, "controls"))
            {
                counts = counts.Control(inner, level + 1);
            }

            return counts;
        }

        private static int Params(JsonElement element) => Items(element, "params").Count();

        private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
            element.TryGetProperty(name, out var items) ? items.EnumerateArray() : [];
    }
}
