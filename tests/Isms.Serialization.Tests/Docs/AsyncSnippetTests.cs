using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;
using Isms.Testing;

namespace Isms.Serialization.Tests.Docs;

/// <summary>The "Asynchronous reading and writing" block of docs/serialization.md is this region, and it runs.</summary>
public sealed class AsyncSnippetTests
{
    [Fact]
    public void The_doc_shows_the_tested_code_verbatim() =>
        DocSnippets.AssertShown("docs/serialization.md", "Docs/AsyncSnippetTests.cs", "async-read-write");

    [Fact]
    public async Task The_snippet_reads_a_body_within_a_tight_limit_and_writes_it_back()
    {
        using var body = new MemoryStream(IsmsDocumentSerializer.Default.Serialize(Catalogs.Sample));
        using var response = new MemoryStream();
        var cancellationToken = TestContext.Current.CancellationToken;
        #region async-read-write
        var serializer = new IsmsDocumentSerializer(new IsmsDocumentOptions { MaxDocumentBytes = 8 * 1024 * 1024 });
        // A request body: read without blocking a thread, refused with ISMS-DOC-003 once it passes 8 MiB.
        var catalog = await serializer.DeserializeAsync<ControlCatalog>(body, cancellationToken);
        await serializer.SerializeAsync(response, catalog, cancellationToken);
        #endregion
        Assert.Equal(body.ToArray(), response.ToArray());
    }
}
