using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Tests.TestData;
using Isms.Marten.Tests.Support;
using Isms.Serialization.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Marten.Tests;

/// <summary>The auditor's view: the ISMS as it stood on a date, and what changed between two revisions or dates.</summary>
public sealed class AsOfAndDiffTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly Instant Stage2 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private MartenSchema? _schema;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _schema = await MartenSchema.CreateAsync(server);

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_isms_loads_exactly_as_it_stood_on_a_date_and_the_diff_names_what_changed()
    {
        var clock = new FakeClock(Stage2);
        var store = new MartenDocumentStore(_schema!.Marten, clock: clock);
        var audited = ReadyIsms.Create();
        var r1 = await store.SaveAsync("acme", DocumentKey.Isms, audited, ExpectedRevision.None, "ciso", Token);

        clock.Advance(Duration.FromDays(90));
        var builder = new IsmsBuilder(audited);
        builder.StatementOfApplicability = builder.StatementOfApplicability!.WithDecision(SoaDecision.Exclude(new ControlId("7.4"), ExclusionReason.OutsideScope, "No premises"));
        var firstRisk = audited.Risks.Scenarios[0];
        builder.Risks = builder.Risks.Replace(firstRisk with { Title = firstRisk.Title + " (reassessed)" });
        var firstDocument = audited.Documents[0];
        builder.Documents = builder.Documents.Remove(firstDocument.Id);
        var changed = builder.Build();
        var r2 = await store.SaveAsync("acme", DocumentKey.Isms, changed, ExpectedRevision.Of(r1), "ciso", Token);

        var asAudited = await store.LoadAsOfAsync<InformationSecurityManagementSystem>("acme", DocumentKey.Isms, Stage2 + Duration.FromDays(30), Token);
        Assert.Equal(audited, asAudited.Document);
        Assert.Equal(r1, asAudited.Revision);

        var diff = await store.DiffRevisionsAsync("acme", r1.Number, r2.Number, Token);
        Assert.Equal([new IsmsChange("7.4", IsmsChangeKind.Changed)], diff.SoaDecisions);
        Assert.Equal([new IsmsChange(firstRisk.Id.Value, IsmsChangeKind.Changed)], diff.Risks);
        Assert.Equal([new IsmsChange(firstDocument.Id.Value, IsmsChangeKind.Removed)], diff.Documents);
        Assert.Equal((r1, r2), (diff.From, diff.To));

        var byDate = await store.DiffAsOfAsync("acme", Stage2, Stage2 + Duration.FromDays(91), Token);
        Assert.Equal(diff.SoaDecisions, byDate.SoaDecisions);
        Assert.True((await store.DiffRevisionsAsync("acme", 1, 1, Token)).IsEmpty);
    }
}
