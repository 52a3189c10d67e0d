using Isms.Certification.Lifecycle;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests;

public sealed class GraphTests
{
    [Fact]
    public void The_graph_in_docs_certification_md_matches_the_generated_one()
    {
        var docs = File.ReadAllText(Path.Combine(Isms.Testing.RepositoryLayout.Root.FullName, "docs", "certification.md")).ReplaceLineEndings("\n");
        const string begin = "<!-- certification-graph:begin -->\n```mermaid\n";
        var start = docs.IndexOf(begin, StringComparison.Ordinal);
        var end = docs.IndexOf("```\n<!-- certification-graph:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/certification.md must hold the graph between the certification-graph markers");

        var committed = docs[(start + begin.Length)..end].TrimEnd('\n');
        var generated = Engine().ToMermaid().ReplaceLineEndings("\n").TrimEnd('\n');

        Assert.Equal(generated, committed);
    }

    [Fact]
    public void The_Mermaid_graph_shows_every_leaf_state_and_guard_descriptions()
    {
        var mermaid = Engine().ToMermaid();

        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        foreach (var state in Enum.GetValues<CertificationState>())
        {
            Assert.Contains(state.ToString(), mermaid, StringComparison.Ordinal);
        }

        Assert.Contains("no major nonconformity is open", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("[Function]", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void The_DOT_graph_is_a_digraph()
    {
        var dot = Engine().ToDot();

        Assert.Contains("digraph", dot, StringComparison.Ordinal);
        Assert.Contains("AwaitingDecision", dot, StringComparison.Ordinal);
    }
}
