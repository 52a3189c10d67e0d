using System.Text;
using FsCheck.Xunit;
using Isms.Certification.Lifecycle;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using NodaTime;

namespace Isms.Serialization.Tests;

/// <summary>
/// The <c>certification-record</c> kind: the history replayed under the stored policy rebuilds the record; the stored
/// current state is checked against it; a tampered file is refused with the path of what is wrong.
/// </summary>
public sealed class CertificationRecordTests
{
    private static readonly CertificationRecordDocument Sample = new(CertificationRecords.FullLifecycle(), CertificationRecords.Policy);

    [Fact]
    public void The_current_certification_record_golden_file_is_exactly_what_is_written()
    {
        var file = Fixtures.Path(DocumentKinds.CertificationRecord, "v1.json");
        var written = IsmsDocumentSerializer.Default.Serialize(Sample);
        if (Fixtures.Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, written);
        }

        Assert.Equal(File.ReadAllText(file), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void The_golden_record_went_through_the_whole_lifecycle_and_reads_back_equal()
    {
        var read = IsmsDocumentSerializer.Default.Deserialize<CertificationRecordDocument>(File.ReadAllBytes(Fixtures.Path(DocumentKinds.CertificationRecord, "v1.json")));

        Assert.Equal(Sample, read);
        var triggers = read.Record.History.Select(e => e.Trigger).ToHashSet();
        Assert.Superset(
            new HashSet<CertificationTrigger>
            {
                CertificationTrigger.AcceptApplication, CertificationTrigger.PlanAudit, CertificationTrigger.CompleteStage1, CertificationTrigger.CompleteStage2,
                CertificationTrigger.VerifyCorrections, CertificationTrigger.Grant, CertificationTrigger.CompleteSurveillance, CertificationTrigger.Suspend,
                CertificationTrigger.Reinstate, CertificationTrigger.MajorsNotClosedInTime, CertificationTrigger.ReduceScope, CertificationTrigger.CompleteRecertificationAudit,
            },
            triggers);
        Assert.Equal(CertificationState.Active, read.Record.State);
        Assert.Equal("Europe/London", read.Policy.TimeZone.Id);
        Assert.Equal(60, read.Policy.DaysToCloseMajors);
    }

    [Property(Arbitrary = [typeof(CertificationArbitraries)], MaxTest = 120)]
    public bool A_record_from_a_random_walk_reads_back_equal_and_rewrites_the_same_bytes(CertificationRecordDocument document)
    {
        var bytes = IsmsDocumentSerializer.Default.Serialize(document);
        var read = IsmsDocumentSerializer.Default.Deserialize<CertificationRecordDocument>(bytes);
        var bare = IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(bytes);
        return read.Equals(document)
            && bare.Equals(document.Record)
            && read.Record.History.SequenceEqual(document.Record.History)
            && read.Record.State == document.Record.State
            && IsmsDocumentSerializer.Default.Serialize(read).AsSpan().SequenceEqual(bytes);
    }

    [Fact]
    public void Random_walks_reach_time_driven_events_suspension_and_withdrawal()
    {
        // The generator is only as good as the states it reaches: check a fixed batch covers the interesting ones.
        var random = new Random(7);
        var states = new HashSet<CertificationState>();
        var timeDriven = 0;
        for (var i = 0; i < 150; i++)
        {
            var steps = Enumerable.Range(0, 40).Select(_ => new WalkStep(new[] { 0, 3, 14, 30, 60, 150, 400 }[random.Next(7)], random.Next(1000), random.Next(4), "t"));
            var record = CertificationArbitraries.Walk(CertificationBodyPolicy.Default, Isms.Certification.Applications.StandardEdition.Edition2022, steps).Record;
            states.UnionWith(record.History.Select(e => e.To));
            timeDriven += record.History.Count(e => CertificationTriggers.Of(e.Trigger).IsTimeDriven);
        }

        Assert.Superset(new HashSet<CertificationState> { CertificationState.Active, CertificationState.CorrectionsPending, CertificationState.Suspended, CertificationState.Withdrawn, CertificationState.Expired }, states);
        Assert.True(timeDriven > 0);
    }

    [Fact]
    public void A_bare_record_is_written_with_the_options_policy_and_read_under_the_stored_one()
    {
        var serializer = new IsmsDocumentSerializer(new IsmsDocumentOptions { CertificationBodyPolicy = CertificationRecords.Policy });

        var bytes = serializer.Serialize(Sample.Record);

        Assert.Equal(Sample.Record, IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(bytes));
        Assert.Equal(Sample, IsmsDocumentSerializer.Default.Deserialize<CertificationRecordDocument>(bytes));
        Assert.Equal(bytes, IsmsDocumentSerializer.Default.Serialize(Sample));
    }

    [Fact]
    public void A_record_that_does_not_replay_under_the_policy_it_would_be_written_with_is_refused_before_writing()
    {
        // The sample's Stage 2 came 16 days after Stage 1 and its majors took 60 days: under a policy with 14 days to
        // close majors, the second surveillance's major would have suspended earlier than the history says.
        var strict = new CertificationBodyPolicy { CertificationBodyName = "Example Certification Ltd", DaysToCloseMajors = 14, TimeZone = CertificationRecords.Policy.TimeZone };

        var error = Assert.Throws<ArgumentException>(() => new IsmsDocumentSerializer(new IsmsDocumentOptions { CertificationBodyPolicy = strict }).Serialize(Sample.Record));

        Assert.Contains("does not replay under the policy", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CertificationRecordDocument), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_whose_time_zone_has_no_tzdb_id_is_refused_before_writing()
    {
        var odd = new CertificationBodyPolicy { TimeZone = DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 30)) };
        var record = CertificationRecord.Open(CertificationRecords.Application(), Instant.FromUtc(2024, 1, 2, 0, 0));

        // Fixed-offset zones have ids the tzdb provider resolves ("UTC+05:30"), so they are accepted and read back.
        var bytes = IsmsDocumentSerializer.Default.Serialize(new CertificationRecordDocument(record, odd));
        Assert.Equal(odd.TimeZone.Id, IsmsDocumentSerializer.Default.Deserialize<CertificationRecordDocument>(bytes).Policy.TimeZone.Id);

        var custom = new CertificationBodyPolicy { TimeZone = new NodaTime.Testing.TimeZones.SingleTransitionDateTimeZone(Instant.FromUtc(2020, 1, 1, 0, 0), 0, 1) };
        var error = Assert.Throws<ArgumentException>(() => IsmsDocumentSerializer.Default.Serialize(new CertificationRecordDocument(record, custom)));
        Assert.Contains("tzdb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_any_kind_gives_the_bare_record_and_the_trigger_is_the_only_discriminator()
    {
        var bytes = IsmsDocumentSerializer.Default.Serialize(Sample);
        var text = Encoding.UTF8.GetString(bytes);

        var document = IsmsDocumentSerializer.Default.Deserialize(bytes);

        Assert.Equal(DocumentKinds.CertificationRecord, document.Kind);
        Assert.Equal(Sample.Record, Assert.IsType<CertificationRecord>(document.Model));
        Assert.DoesNotContain("$type", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Isms.", text, StringComparison.Ordinal);
        Assert.Contains("\"trigger\": \"CompleteStage2\"", text, StringComparison.Ordinal);
        Assert.Contains("\"trigger\": \"MajorsNotClosedInTime\"", text, StringComparison.Ordinal);
        Assert.Contains("\"timeZone\": \"Europe/London\"", text, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"kind\": \"certification-record\",", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"state\": \"Active\"", "\"state\": \"Suspended\"", "$.current.state")]
    [InlineData("\"number\": \"ECL-ISMS-2024-0042\"", "\"number\": \"ECL-ISMS-2024-9999\"", "$.current.certificate.number")]
    [InlineData("\"openMajorCount\": 0", "\"openMajorCount\": 1", "$.current.openMajorCount")]
    [InlineData("\"status\": \"ActionPlanAccepted\"", "\"status\": \"Verified\"", "$.current.findings[1].status")]
    public void A_hand_edited_current_state_is_refused_with_ISMS_DOC_051_naming_the_member(string original, string edited, string path)
    {
        var text = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample));
        Assert.Contains(original, text, StringComparison.Ordinal);
        var tampered = Encoding.UTF8.GetBytes(ReplaceFirst(text, original, edited));

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(tampered));

        Assert.Equal(DocumentErrorCodes.StateDisagreesWithHistory, error.Code);
        Assert.Equal(path, error.Path);
        Assert.NotNull(error.Line);
        Assert.Equal(LineOf(text, original), error.Line);
    }

    [Fact]
    public void An_edited_payload_that_changes_the_outcome_is_refused()
    {
        // Downgrading the Stage 2 major to a minor changes the findings the history replays to.
        var text = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample));
        var tampered = ReplaceFirst(text, "\"grade\": \"MajorNonconformity\"", "\"grade\": \"MinorNonconformity\"");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(Encoding.UTF8.GetBytes(tampered)));

        Assert.Contains(error.Code, new[] { DocumentErrorCodes.HistoryDoesNotReplay, DocumentErrorCodes.StateDisagreesWithHistory });
    }

    [Fact]
    public void An_event_the_lifecycle_refuses_is_ISMS_DOC_050_with_the_event_path_line_and_the_lifecycle_reason()
    {
        var text = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample));
        // The Stage 2 event edited to claim it reached Active: the lifecycle reaches AwaitingDecision.
        var tampered = ReplaceFirst(text, "\"from\": \"AwaitingStage2\",\n      \"to\": \"AwaitingDecision\"", "\"from\": \"AwaitingStage2\",\n      \"to\": \"Active\"");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(Encoding.UTF8.GetBytes(tampered)));

        Assert.Equal(DocumentErrorCodes.HistoryDoesNotReplay, error.Code);
        Assert.Equal("$.history[4].to", error.Path);
        Assert.Contains("ISMS-CERT-009", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(tampered, "\"trigger\": \"CompleteStage2\"") + 2, error.Line);
        var replay = Assert.IsType<Isms.Certification.CertificationException>(error.InnerException);
        Assert.Equal(4, replay.EventIndex);
        Assert.Equal(Isms.Certification.CertificationErrorCodes.ReplayMismatch, replay.Code);
    }

    [Fact]
    public void A_person_s_event_with_actor_clock_is_refused_at_its_actor()
    {
        // Issue 13: a Grant with "actor": "clock" was accepted; only time-driven events are the clock's.
        var text = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample));
        var grant = text.IndexOf("\"trigger\": \"Grant\"", StringComparison.Ordinal);
        var actor = text.IndexOf("\"actor\": \"Grace Hopper\"", grant, StringComparison.Ordinal);
        var tampered = string.Concat(text.AsSpan(0, actor), "\"actor\": \"clock\"", text.AsSpan(actor + "\"actor\": \"Grace Hopper\"".Length));

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(Encoding.UTF8.GetBytes(tampered)));

        Assert.Equal(DocumentErrorCodes.HistoryDoesNotReplay, error.Code);
        Assert.Matches(@"^\$\.history\[\d+\]\.actor$", error.Path);
        Assert.Equal(Isms.Certification.CertificationErrorCodes.InvalidActor, Assert.IsType<Isms.Certification.CertificationException>(error.InnerException).Code);
        Assert.Equal(tampered[..actor].Count(c => c == '\n') + 1, error.Line);
    }

    [Fact]
    public void A_time_driven_event_recorded_by_a_person_is_refused_at_its_actor()
    {
        var text = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample));
        var clock = text.IndexOf("\"actor\": \"clock\"", StringComparison.Ordinal);
        Assert.True(clock > 0);
        var tampered = string.Concat(text.AsSpan(0, clock), "\"actor\": \"j.smith\"", text.AsSpan(clock + "\"actor\": \"clock\"".Length));

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(Encoding.UTF8.GetBytes(tampered)));

        Assert.Equal(DocumentErrorCodes.HistoryDoesNotReplay, error.Code);
        Assert.EndsWith(".actor", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suspensionCap", "PT1H")]
    [InlineData("suspensionCap", "P8000Y")]
    [InlineData("suspensionCap", "P2147483647D")]
    [InlineData("maxStage1ToStage2Interval", "PT1H")]
    [InlineData("maxStage1ToStage2Interval", "P8000Y")]
    [InlineData("maxStage1ToStage2Interval", "P2147483647D")]
    public void A_policy_period_out_of_range_is_ISMS_DOC_024_at_its_member(string member, string period)
    {
        // Issue 13: these leaked ArgumentException, ArgumentOutOfRangeException and OverflowException.
        var text = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample));
        var at = text.IndexOf($"\"{member}\": \"", StringComparison.Ordinal);
        var end = text.IndexOf('"', at + member.Length + 5);
        var tampered = string.Concat(text.AsSpan(0, at), $"\"{member}\": \"{period}", text.AsSpan(end));

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<CertificationRecordDocument>(Encoding.UTF8.GetBytes(tampered)));

        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.policy." + member, error.Path);
        Assert.Equal(LineOf(tampered, $"\"{member}\""), error.Line);
        var policy = Assert.IsType<Isms.Certification.CertificationException>(error.InnerException);
        Assert.Equal((Isms.Certification.CertificationErrorCodes.InvalidPolicy, period), (policy.Code, policy.Value));
    }

    [Fact]
    public void A_payload_member_the_model_refuses_is_located_at_that_member()
    {
        var text = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample));
        var tampered = ReplaceFirst(text, "\"detail\": \"Operations paused while the data centre moves\"", "\"detail\": \" \"");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<CertificationRecord>(Encoding.UTF8.GetBytes(tampered)));

        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Matches(@"^\$\.history\[\d+\]\.suspension\.detail$", error.Path);
    }

    [Fact]
    public void The_file_store_saves_and_loads_records_with_their_policy()
    {
        using var folder = new TempFolder();
        var store = new DocumentFileStore();
        var path = folder.File("northwind.certification.json");

        var version = store.Save(path, Sample, DocumentVersion.None);
        var loaded = store.Load<CertificationRecordDocument>(path);
        var bare = store.Load<CertificationRecord>(path);

        Assert.Equal(Sample, loaded.Document);
        Assert.Equal(Sample.Record, bare.Document);
        Assert.Equal(version, loaded.Version);
        Assert.Throws<DocumentStoreException>(() => store.Save(path, Sample, DocumentVersion.None));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in the document");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    private static long LineOf(string text, string find) =>
        text[..text.IndexOf(find, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
