using System.Security.Cryptography;
using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Evidence;
using Isms.Evidence.Collection;
using Isms.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.IdpCollector.Tests;

/// <summary>
/// The collector end to end: the export file becomes a proposal, the proposal an unaccepted evidence item of the
/// sample organisation's ISMS (saved and read back as its document), and only a person's acceptance makes 5.16, 5.17
/// and 8.5 current and removes their readiness findings.
/// </summary>
public sealed class IdpCollectorEndToEndTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 28, 9, 0);
    private static readonly LocalDate Today = new(2026, 11, 28);
    private static readonly ControlId[] IdentityControls = [new("5.16"), new("5.17"), new("8.5")];
    private static readonly ReadinessAnalyzer Analyzer = new([.. ReadinessAnalyzer.BuiltInRules, .. EvidenceRules.Create()]);

    private static IdpUserExportCollector Collector() =>
        new(SampleExport.Path, new FakeClock(Now)) { ExportedOn = new LocalDate(2026, 11, 27), AppliedControls = [new AppliedControlId("AC-01")] };

    [Fact]
    public async Task The_export_is_one_proposal_for_5_16_5_17_and_8_5_with_the_files_digest_period_and_what_it_shows()
    {
        var proposal = Assert.Single(await Collector().CollectAsync(TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SampleExport.Path))), proposal.Artefact.Sha256);
        Assert.Equal(new Uri(SampleExport.Path), proposal.Artefact.Location);
        Assert.Equal(Now, proposal.CollectedAt);
        Assert.Equal((new LocalDate(2026, 10, 28), new LocalDate(2026, 11, 27)), (proposal.Period.Start, proposal.Period.End));
        Assert.Equal(new LocalDate(2026, 12, 27), proposal.ValidUntil);
        Assert.Equal(IdentityControls, proposal.Controls);
        Assert.Equal([new AppliedControlId("AC-01")], proposal.AppliedControls);

        // 17 active accounts, one with an expired password, one locked out: 19 can sign in, 17 of them with MFA.
        Assert.Equal("Identity provider user export of 2026-11-27: 19 accounts that can sign in, 17 with MFA (89%)", proposal.Title);
        Assert.Contains("Accounts that can sign in without MFA (2): david.okafor@helix-pay.example, contractor.ionescu@partners.helix-pay.example.", proposal.Description, StringComparison.Ordinal);
        Assert.Contains("Accounts whose only factors are SMS, voice or e-mail (1): oliver.brandt@helix-pay.example.", proposal.Description, StringComparison.Ordinal);
        Assert.Contains("have not for 90 days (1): lukas.becker@helix-pay.example.", proposal.Description, StringComparison.Ordinal);
        Assert.EndsWith("1 not yet activated, 1 suspended, 2 deprovisioned.", proposal.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_and_readiness_change_only_when_a_person_accepts_the_proposal()
    {
        // The sample organisation without its own identity evidence (the Okta policy export and the MFA export).
        var isms = SampleOrganisation.Create(Today).With(b => b.Evidence = b.Evidence.Remove(new("EV-01")).Remove(new("EV-02")));
        Assert.All(IdentityControls, c => Assert.Equal(EvidenceStatus.Missing, Status(isms, c)));
        Assert.All(IdentityControls, c => Assert.Contains(Missing(isms), f => f == c.Value));

        var proposed = RoundTrip(await EvidenceInbox.ProposeAsync(isms, Collector(), TestContext.Current.CancellationToken));

        var item = Assert.Single(proposed.Evidence, e => !isms.Evidence.Contains(e.Id));
        Assert.Equal(("idp-user-export 1.0.0", false), (item.CollectedBy.ToString(), item.IsAccepted));
        Assert.All(IdentityControls, c => Assert.Equal(EvidenceStatus.Missing, Status(proposed, c)));
        Assert.Equal(Missing(isms), Missing(proposed));
        Assert.Contains(Analyzer.Analyze(proposed, Today).Findings, f => f.Code == EvidenceReadinessCodes.AutomatedEvidenceNotAccepted && f.Entities[0].Id == item.Id.Value);

        // Collecting the same export again proposes nothing new: the item's id is the file's digest.
        Assert.Equal(proposed.Evidence.Count, (await EvidenceInbox.ProposeAsync(proposed, Collector(), TestContext.Current.CancellationToken)).Evidence.Count);

        var accepted = RoundTrip(EvidenceInbox.Accept(proposed, item.Id, new PersonId("l.hoffmann"), Today, "MFA gaps: tickets SEC-412, SEC-413"));

        // The export now counts: current until 2026-12-27, when the next monthly export is due (so, within the default
        // 30-day warning, "expiring": the reminder to collect the next one).
        Assert.All(IdentityControls, c =>
        {
            var coverage = EvidenceCoverage.Of(accepted, Today).Controls.Single(x => x.Control == c);
            Assert.Equal((EvidenceStatus.Expiring, new LocalDate(2026, 12, 27)), (coverage.Status, coverage.CurrentUntil));
            Assert.Equal([item.Id], coverage.Current);
        });
        // RDY-EVD-001 leaves exactly the controls the item now covers: 5.16, 5.17, 8.5 and those of AC-01 (5.15).
        var covered = EvidenceCoverage.Of(accepted, Today).Controls.Where(c => c.Current.Contains(item.Id)).Select(c => c.Control.Value).ToList();
        Assert.Equal(["5.15", "5.16", "5.17", "8.5"], covered);
        Assert.Equal(Missing(isms).Except(covered), Missing(accepted));
        Assert.DoesNotContain(Analyzer.Analyze(accepted, Today).Findings, f => f.Entities.Any(e => e.Id == item.Id.Value) && f.Code == EvidenceReadinessCodes.AutomatedEvidenceNotAccepted);
    }

    [Fact]
    public async Task The_program_records_the_proposal_unaccepted_in_an_isms_document_once()
    {
        var folder = Directory.CreateTempSubdirectory("idp-collector-");
        try
        {
            var document = Path.Combine(folder.FullName, "isms.json");
            await File.WriteAllBytesAsync(document, IsmsDocumentSerializer.Default.Serialize(SampleOrganisation.Create(Today)), TestContext.Current.CancellationToken);
            string[] args = [SampleExport.Path, "--exported-on", "2026-11-27", "--location", "https://grc.helix-pay.example/evidence/okta-users-2026-11-27.csv", "--isms", document];

            var (first, firstOut, _) = await RunAsync(args);
            var (second, secondOut, _) = await RunAsync(args);
            var (bad, _, badError) = await RunAsync([Path.Combine(folder.FullName, "missing.csv")]);

            Assert.Equal((0, 0, 2), (first, second, bad));
            var isms = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(await File.ReadAllBytesAsync(document, TestContext.Current.CancellationToken));
            var item = Assert.Single(isms.Evidence, e => e.CollectedBy.Tool == "idp-user-export");
            Assert.False(item.IsAccepted);
            Assert.Equal("https://grc.helix-pay.example/evidence/okta-users-2026-11-27.csv", item.Artefact.Location.ToString());
            Assert.Contains($"Recorded as {item.Id} in {document}, not accepted", firstOut, StringComparison.Ordinal);
            Assert.Contains("already holds this export", secondOut, StringComparison.Ordinal);
            Assert.StartsWith("idp-collector: ", badError, StringComparison.Ordinal);
            Assert.Single(badError.Trim().Split('\n'));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_malformed_export_is_one_line_with_its_code_and_nothing_is_recorded()
    {
        var folder = Directory.CreateTempSubdirectory("idp-collector-");
        try
        {
            var export = Path.Combine(folder.FullName, "users.csv");
            await File.WriteAllTextAsync(export, "user_id,email,status,mfa_enrolled,mfa_methods,last_sign_in\nu1,a@b.example,ACTIVE,true,,\n", TestContext.Current.CancellationToken);
            var document = Path.Combine(folder.FullName, "isms.json");
            var bytes = IsmsDocumentSerializer.Default.Serialize(SampleOrganisation.Create(Today));
            await File.WriteAllBytesAsync(document, bytes, TestContext.Current.CancellationToken);

            var (code, _, error) = await RunAsync([export, "--isms", document]);

            Assert.Equal(2, code);
            Assert.Contains(DocumentErrorCodes.InvalidValue, error, StringComparison.Ordinal);
            Assert.Contains("mfa_methods", error, StringComparison.Ordinal);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(document, TestContext.Current.CancellationToken));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, output, error, new FakeClock(Now));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Saved as an isms document and read back, as a host keeps it between the collector's run and the review.</summary>
    private static InformationSecurityManagementSystem RoundTrip(InformationSecurityManagementSystem isms) =>
        IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(IsmsDocumentSerializer.Default.Serialize(isms));

    private static EvidenceStatus Status(InformationSecurityManagementSystem isms, ControlId control) =>
        EvidenceCoverage.Of(isms, Today).Controls.Single(c => c.Control == control).Status;

    /// <summary>The controls RDY-EVD-001 names: applicable, without accepted, current evidence.</summary>
    private static List<string> Missing(InformationSecurityManagementSystem isms) =>
        [.. Analyzer.Analyze(isms, Today).Findings.Where(f => f.Code == EvidenceReadinessCodes.ControlWithoutCurrentEvidence).Select(f => f.Entities[0].Id)];
}
