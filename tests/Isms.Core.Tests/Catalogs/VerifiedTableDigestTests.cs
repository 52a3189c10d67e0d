using System.Security.Cryptography;
using System.Text;
using Isms.Core.Catalogs;

namespace Isms.Core.Tests.Catalogs;

/// <summary>
/// Pins the shipped tables to the rows verified against two public sources (docs/catalogs.md, "Sources and
/// verification"). A change to any id, theme, objective, title, new-in-2022 flag or mapping pair fails here: re-verify
/// the row, record it in docs/catalogs.md, then update the digest.
/// <para>Each test builds the catalogs afresh from the tables (<c>AnnexA.Build2022</c> and friends) instead of reading
/// <see cref="AnnexA"/>'s catalogs, which are built once per process: so every row is built, and a changed row seen,
/// in the test itself (mutation testing reuses the test process; a row built once before would never be rebuilt).</para>
/// </summary>
public sealed class VerifiedTableDigestTests
{
    private static string Digest(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    [Fact]
    public void The_2022_ids_themes_titles_and_new_flags_are_the_verified_ones()
    {
        var lines = AnnexA.Build2022().Controls.Select(c =>
            $"{c.Id}\t{c.Theme}\t{c.Title}\t{(c.IsNewIn2022 ? "true" : "false")}");

        Assert.Equal("380451de00f67358e9580d7f4539fccd8ca13a62b95f92d9be74b294badd68f6", Digest(lines));
    }

    [Fact]
    public void The_2013_ids_clauses_objectives_and_titles_are_the_verified_ones()
    {
        var lines = AnnexA.Build2013().Controls.Select(c => $"{c.Id}\t{c.Theme}\t{c.Group}\t{c.Title}");

        Assert.Equal("6e1147be49d47fbf38011ee19f10bca8c3f3fb4943546ae38b41fc4123301449", Digest(lines));
    }

    [Fact]
    public void The_annex_b_pairs_are_the_verified_ones()
    {
        var lines = AnnexAMapping.Build2013To2022(AnnexA.Build2013(), AnnexA.Build2022()).Pairs.Select(p => $"{p.Source}\t{p.Target}");

        Assert.Equal("86ea1acaef5d904c7989ba9f7cbe85745b331a9a1a036f30850209e695b5152a", Digest(lines));
    }

    [Fact]
    public void The_published_catalogs_and_mapping_are_the_ones_built_from_the_tables()
    {
        // What a user reads (AnnexA, AnnexAMapping) is what the digests above pin.
        var built2022 = AnnexA.Build2022();
        var built2013 = AnnexA.Build2013();

        Assert.Equal(built2022, AnnexA.Iso27001_2022);
        Assert.Equal(built2013, AnnexA.Iso27001_2013);
        Assert.Equal(AnnexAMapping.Build2013To2022(built2013, built2022).Pairs, AnnexAMapping.Iso27001_2013_To_2022.Pairs);
        Assert.Equal(
            [("iso27001-2022-annex-a", "ISO/IEC 27001:2022 Annex A (93 controls)"), ("iso27001-2013-annex-a", "ISO/IEC 27001:2013 Annex A (114 controls)")],
            new[] { built2022, built2013 }.Select(c => (c.Id, c.ToString())));
        Assert.All([built2022.Source, built2013.Source], s => Assert.Contains("docs/catalogs.md", s, StringComparison.Ordinal));
    }
}
