using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Isms.Certification;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Serialization.Contracts;
using Isms.Serialization.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Serialization.Tests.Contracts;

/// <summary>The certification contracts have the stored history's shape, and the untyped dispatch fires what the typed
/// lifecycle fires.</summary>
public sealed class CertificationContractTests
{
    private static readonly PersonId Actor = new("cb");

    [Property(Arbitrary = [typeof(CertificationArbitraries)], MaxTest = 40)]
    public void Every_event_of_a_record_has_the_same_JSON_as_in_the_stored_history(CertificationRecordDocument document)
    {
        var stored = JsonNode.Parse(IsmsDocumentSerializer.Default.Serialize(document))!["history"]!.AsArray();

        var contract = JsonSerializer.SerializeToNode(CertificationRecordContract.From(document.Record), IsmsJson.TypeInfo<CertificationRecordContract>())!["history"]!.AsArray();

        Assert.Equal(stored.Count, contract.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(stored[i], contract[i]), $"event {i}:\nstored   {stored[i]!.ToJsonString()}\ncontract {contract[i]!.ToJsonString()}");
        }
    }

    [Property(Arbitrary = [typeof(CertificationArbitraries)], MaxTest = 40)]
    public void Firing_each_stored_event_by_name_with_its_stored_payload_rebuilds_the_record(CertificationRecordDocument document)
    {
        var original = document.Record;
        var clock = new FakeClock(original.OpenedAt);
        var lifecycle = new CertificationLifecycle(clock, document.Policy);
        var history = JsonDocument.Parse(IsmsDocumentSerializer.Default.Serialize(document)).RootElement.GetProperty("history");
        var record = CertificationRecord.Open(original.Application, original.OpenedAt);
        var i = 0;
        foreach (var stored in history.EnumerateArray())
        {
            var e = original.History[i++];
            if (e.Actor.IsClock)
            {
                record = lifecycle.Advance(record, e.At);
                continue;
            }

            clock.Reset(e.At);
            var member = stored.EnumerateObject().Single(p => p.Name is not ("at" or "on" or "trigger" or "from" or "to" or "actor" or "note"));
            record = CertificationTriggerDispatch.Fire(lifecycle, record, stored.GetProperty("trigger").GetString()!, member.Value, e.Actor.Person!.Value, e.Note);
        }

        Assert.Equal(Json(original), Json(record));
    }

    [Fact]
    public void The_full_lifecycle_round_trips_through_the_contract()
    {
        var record = CertificationRecords.FullLifecycle();
        var json = Json(record);

        var back = JsonSerializer.Deserialize(json, IsmsJson.TypeInfo<CertificationRecordContract>())!;

        Assert.Equal(json, JsonSerializer.Serialize(back, IsmsJson.TypeInfo<CertificationRecordContract>()));
        Assert.Contains("\"openedAt\":\"2024-01-08T09:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"decidedOn\":\"2024-02-29\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Stage2\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("completeStage1")]
    [InlineData("Complete Stage1")]
    [InlineData("3")]
    [InlineData("")]
    public void An_unknown_trigger_name_is_refused_with_its_code(string name)
    {
        var error = Assert.Throws<IsmsException>(() => Fire(name, "{}"));

        Assert.Equal(ContractErrorCodes.UnknownTrigger, error.Error.Code);
        Assert.Equal("trigger", error.Error.Member);
    }

    [Fact]
    public void A_time_driven_trigger_cannot_be_fired_by_a_person()
    {
        var error = Assert.Throws<IsmsException>(() => Fire(nameof(CertificationTrigger.CertificateExpired), "{}"));

        Assert.Equal(ContractErrorCodes.TimeDrivenTrigger, error.Error.Code);
    }

    [Theory]
    [InlineData("""{"reviewedOn":"2024-01-15","reviewer":"cb","colour":"red"}""", "payload.colour")]
    [InlineData("""{"reviewer":"cb"}""", "payload")]
    [InlineData("""{"reviewedOn":"15/01/2024","reviewer":"cb"}""", "payload.reviewedOn")]
    [InlineData("""{"reviewedOn":"2024-01-15","reviewer":42}""", "payload.reviewer")]
    [InlineData("""{"reviewedOn":"2024-01-15","reviewer":" padded "}""", "payload.reviewer")]
    [InlineData("""[1,2]""", "payload")]
    public void A_payload_that_cannot_be_bound_is_refused_with_its_code_and_path(string payload, string path)
    {
        var error = Assert.Throws<IsmsException>(() => Fire(nameof(CertificationTrigger.AcceptApplication), payload));

        Assert.Equal(ContractErrorCodes.InvalidPayload, error.Error.Code);
        Assert.Equal(path, error.Error.Member);
        Assert.Equal(nameof(CertificationTrigger.AcceptApplication), error.Error.EntityKind);
    }

    [Fact]
    public void A_trigger_the_lifecycle_refuses_keeps_the_lifecycle_code()
    {
        var error = Assert.Throws<CertificationException>(() =>
            Fire(nameof(CertificationTrigger.Grant), """{"decidedOn":"2024-01-15","decidedBy":"cb","certificateNumber":"X-1"}"""));

        Assert.Equal(CertificationErrorCodes.TriggerNotPermitted, error.Error.Code);
    }

    [Fact]
    public void A_well_formed_request_fires_the_trigger()
    {
        var record = Fire(nameof(CertificationTrigger.AcceptApplication), """{"reviewedOn":"2024-01-15","reviewer":"cb"}""");

        Assert.Equal(CertificationTrigger.AcceptApplication, record.History[^1].Trigger);
        Assert.Equal(Actor, record.History[^1].Actor.Person);
    }

    private static CertificationRecord Fire(string trigger, string payload)
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 1, 15, 12, 0));
        var lifecycle = new CertificationLifecycle(clock, CertificationRecords.Policy);
        var record = CertificationRecord.Open(CertificationRecords.Application(), Instant.FromUtc(2024, 1, 8, 9, 0));
        return CertificationTriggerDispatch.Fire(lifecycle, record, trigger, JsonDocument.Parse(payload).RootElement, Actor);
    }

    private static string Json(CertificationRecord record) =>
        JsonSerializer.Serialize(CertificationRecordContract.From(record), IsmsJson.TypeInfo<CertificationRecordContract>());
}
