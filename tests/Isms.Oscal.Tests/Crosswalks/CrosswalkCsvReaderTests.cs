using System.Text;
using Isms.Core.Catalogs;
using Isms.Oscal.Crosswalks;
using Isms.Serialization;
using Isms.Serialization.Tests.Fuzz;

namespace Isms.Oscal.Tests.Crosswalks;

/// <summary>A user's mapping CSV: read into a crosswalk with every column, refused strictly with the line and column.</summary>
public sealed class CrosswalkCsvReaderTests
{
    private const string Mapping = """
        # ours, reviewed 2026
        source_id,target_id,relationship,rationale,strength
        5.1,GV.PO-01,superset,"Policies approved, reviewed and communicated",8
        5.2, GV.RR-02 ,equal-to,Roles defined and allocated,
        8.8,ID.RA-08,intersects,No disclosure process,3

        5.3,GV.PO-01,not-related,Segregation is not policy,
        """;

    [Fact]
    public void Reads_every_row_with_its_relationship_rationale_and_strength_and_the_targets_in_order()
    {
        var crosswalk = CrosswalkCsvReader.Default.Read(Encoding.UTF8.GetBytes(Mapping), "mine.csv");

        Assert.Equal(
            [
                ("5.1", "GV.PO-01", CrosswalkRelationship.Superset, "Policies approved, reviewed and communicated", (int?)8),
                ("5.2", "GV.RR-02", CrosswalkRelationship.Equal, "Roles defined and allocated", null),
                ("8.8", "ID.RA-08", CrosswalkRelationship.Intersects, "No disclosure process", 3),
                ("5.3", "GV.PO-01", CrosswalkRelationship.NotRelated, "Segregation is not policy", null),
            ],
            crosswalk.Entries.Select(e => (e.Source.Value, e.Target.Value, e.Relationship, e.Rationale, e.Strength)));
        Assert.Equal(["GV.PO-01", "GV.RR-02", "ID.RA-08"], crosswalk.TargetControls.Select(t => t.Value));
        Assert.Equal("mine.csv", crosswalk.Target);
        Assert.Equal("CSV mapping mine.csv, 4 rows", crosswalk.Provenance);
        Assert.Equal("not stated", crosswalk.Licence);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_strength_may_be_left_out()
    {
        var crosswalk = CrosswalkCsvReader.Default.Read("rationale,relationship,target_id,source_id\nSame outcome,equal,ac-5,5.3\n"u8, null);

        var entry = Assert.Single(crosswalk.Entries);
        Assert.Equal((new ControlId("5.3"), new ControlId("ac-5"), CrosswalkRelationship.Equal, (int?)null), (entry.Source, entry.Target, entry.Relationship, entry.Strength));
    }

    [Theory]
    [InlineData("source_id,target_id,relationship,rationale,weight\n", "ISMS-DOC-020", 1, "5")]
    [InlineData("source_id,target_id,relationship\n5.1,x,equal\n", "ISMS-DOC-021", 1, null)]
    [InlineData("source_id,target_id,relationship,rationale,source_id\n", "ISMS-DOC-022", 1, "source_id")]
    [InlineData("source_id,target_id,relationship,rationale\n5.1,x,equal\n", "ISMS-DOC-007", 2, null)]
    [InlineData("source_id,target_id,relationship,rationale\n5.1,x,maps-to,why\n", "ISMS-DOC-024", 2, "relationship")]
    [InlineData("source_id,target_id,relationship,rationale\n5.1,x,equal,\n", "ISMS-DOC-024", 2, "rationale")]
    [InlineData("source_id,target_id,relationship,rationale\n ,x,equal,why\n", "ISMS-DOC-024", 2, "source_id")]
    [InlineData("source_id,target_id,relationship,rationale,strength\n5.1,x,equal,why,11\n", "ISMS-DOC-024", 2, "strength")]
    [InlineData("source_id,target_id,relationship,rationale\n5.1,x,equal,why\n5.1,x,subset,again\n", "ISMS-DOC-031", 3, "target_id")]
    [InlineData("source_id,target_id,relationship,rationale\n5.1,\"x,equal,why\n", "ISMS-DOC-007", 2, null)]
    [InlineData("source_id,target_id,relationship,rationale\n", "ISMS-DOC-021", 1, null)]
    [InlineData("", "ISMS-DOC-021", 1, null)]
    public void A_bad_mapping_is_refused_with_its_code_line_and_column(string csv, string code, int line, string? column)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => CrosswalkCsvReader.Default.Read(Encoding.UTF8.GetBytes(csv), "bad.csv"));

        Assert.Equal((code, (long?)line, column), (ex.Code, ex.Line, ex.Location.Column));
        Assert.StartsWith(code + " ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_survives_hostile_input_with_only_coded_errors()
    {
        byte[][] seeds = [Encoding.UTF8.GetBytes(Mapping), "source_id,target_id,relationship,rationale\n5.3,ac-5,equal,why\n"u8.ToArray()];

        var (accepted, refused) = FuzzHarness.Run("mapping CSV", seeds, DelimitedMutations.For(','), b => CrosswalkCsvReader.Default.Read(b, "fuzz.csv"), json: false);

        Assert.True(accepted > 0 && refused > 0, $"the mutations reach both outcomes ({accepted} accepted, {refused} refused)");
    }

    [Fact]
    public void The_reader_survives_hostile_bytes()
    {
        var (_, refused) = FuzzHarness.Run("mapping CSV bytes", [Encoding.UTF8.GetBytes(Mapping)], ByteMutations.All, b => CrosswalkCsvReader.Default.Read(b, null), json: false);

        Assert.True(refused > 0);
    }
}
