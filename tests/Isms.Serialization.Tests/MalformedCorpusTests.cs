using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// The corpus under Fixtures/malformed: each file is a bad document; Fixtures/malformed/expected.tsv states the code,
/// path and line the reader must report for it.
/// </summary>
public sealed class MalformedCorpusTests
{
    public static TheoryData<string, string, string, int> Cases()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var line in File.ReadAllLines(Fixtures.Path("malformed", "expected.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_malformed_document_gives_the_documented_code_path_and_line(string file, string code, string path, int line)
    {
        var bytes = File.ReadAllBytes(Fixtures.Path("malformed", file));
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize(bytes));
        Assert.Equal(code, error.Code);
        Assert.Equal(path == "-" ? null : path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(code + " ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_of_the_corpus_has_an_expectation()
    {
        var listed = Cases().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Fixtures.Path("malformed"), "*.json").Select(Path.GetFileName);
        Assert.All(files, f => Assert.Contains(f!, listed));
        Assert.True(listed.Count >= 20, "the corpus should cover every error code");
    }
}
