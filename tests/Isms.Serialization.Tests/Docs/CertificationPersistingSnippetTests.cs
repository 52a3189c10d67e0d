using System.Text.RegularExpressions;
using Isms.Certification.Audits;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Serialization.Tests.Docs;

/// <summary>The "Persisting records" block of docs/certification.md is this region, and it runs.</summary>
public sealed partial class CertificationPersistingSnippetTests
{
    [Fact]
    public void The_doc_shows_the_tested_code_verbatim()
    {
        var docs = File.ReadAllText(Path.Combine(Isms.Testing.RepositoryLayout.Root.FullName, "docs", "certification.md")).ReplaceLineEndings("\n");
        var block = Block().Match(docs);

        Assert.True(block.Success, "docs/certification.md has no block marked <!-- snippet: persist-record -->");
        Assert.Equal(Region("persist-record"), block.Groups["code"].Value.TrimEnd());
    }

    [Fact]
    public void Saving_loading_and_firing_under_the_stored_policy_keeps_the_record()
    {
        using var temp = new TempFolder();
        var lifecycle = new CertificationLifecycle(new FakeClock(Instant.FromUtc(2027, 2, 1, 9, 0)), CertificationRecords.Policy);
        var record = CertificationRecords.FullLifecycle();

        var saved = Persist(temp.FullName, lifecycle, record);

        Assert.Equal(CertificationState.Active, saved.State);
        Assert.Equal(record.History.Count + 1, saved.History.Count);
        Assert.Equal(CertificationTrigger.CompleteSurveillance, saved.History[^1].Trigger);
    }

    private static CertificationRecord Persist(string folder, CertificationLifecycle lifecycle, CertificationRecord record)
    {
        var clock = lifecycle.Clock;
        var auditor = new PersonId("a.lovelace");
        var report = new AuditReport(AuditKind.Surveillance, new LocalDate(2027, 1, 27), new LocalDate(2027, 1, 28), auditor);
        #region persist-record
        var store = new DocumentFileStore();
        var path = Path.Combine(folder, "northwind.certification.json");
        var version = store.Save(path, new CertificationRecordDocument(record, lifecycle.Policy), DocumentVersion.None);
        var loaded = store.Load<CertificationRecordDocument>(path);
        var engine = new CertificationLifecycle(clock, loaded.Document.Policy);     // the rules the record was run under
        record = engine.Fire(loaded.Document.Record, CertificationTriggers.CompleteSurveillance, report, auditor);
        store.Save(path, new CertificationRecordDocument(record, engine.Policy), loaded.Version);
        #endregion
        _ = version;
        return store.Load<CertificationRecordDocument>(path).Document.Record;
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(Isms.Testing.RepositoryLayout.Root.FullName, "tests", "Isms.Serialization.Tests", "Docs", "CertificationPersistingSnippetTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    [GeneratedRegex(@"<!-- snippet: persist-record -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
