using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.AspNetCore.Tests.Support;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Lifecycle;
using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Evidence;
using Isms.Serialization;
using Isms.Serialization.Contracts;
using NodaTime;
using NodaTime.Testing;

namespace Isms.AspNetCore.Tests;

/// <summary><c>GET /tenants/{tenant}/evidence</c>: the coverage contract, against the next audit of the tenant's certification records.</summary>
public sealed class EvidenceRouteTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Without_a_certification_record_the_answer_is_the_coverage_contract_with_no_audit_and_the_isms_etag()
    {
        var saved = await _client.PutAsync("/tenants/evd/isms", TestDocuments.Isms);

        var response = await _client.GetAsync("/tenants/evd/evidence?asOf=2026-11-28", Http.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(saved.ETag(), response.ETag());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Http.Token))!;
        Assert.Equal(["asOf", "nextAudit", "themes", "controls"], body.AsObject().Select(p => p.Key));
        Assert.Null(body["nextAudit"]);
        Assert.True(JsonNode.DeepEquals(Expected(null), body), body.ToJsonString());
        Assert.Equal(93, body["controls"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_next_audit_comes_from_the_tenants_certification_record_and_evidence_ending_before_it_is_expiring()
    {
        var (document, audit) = RecordAfterStage1();
        await _client.PutAsync("/tenants/evd-audit/isms", TestDocuments.Isms);
        var before = await _client.GetAsync("/tenants/evd-audit/evidence?asOf=2026-11-28", Http.Token);
        await _client.PutAsync("/tenants/evd-audit/certifications/iso27001", IsmsDocumentSerializer.Default.Serialize(document));

        var found = await _client.GetAsync("/tenants/evd-audit/evidence?asOf=2026-11-28", Http.Token);
        var named = await _client.GetAsync("/tenants/evd-audit/evidence?asOf=2026-11-28&record=iso27001", Http.Token);
        var unknown = await _client.GetAsync("/tenants/evd-audit/evidence?record=other", Http.Token);

        var body = JsonNode.Parse(await found.Content.ReadAsStringAsync(Http.Token))!;
        Assert.Equal(audit.Kind.ToString(), (string?)body["nextAudit"]!["kind"]);
        Assert.Equal(audit.Date.ToString("uuuu-MM-dd", null), (string?)body["nextAudit"]!["date"]);
        Assert.True(JsonNode.DeepEquals(Expected(audit), body), body.ToJsonString());
        Assert.True(JsonNode.DeepEquals(body, JsonNode.Parse(await named.Content.ReadAsStringAsync(Http.Token))));
        Assert.Null(found.Headers.ETag); // the answer rests on the record too

        // The penetration test report runs out on 2026-12-28: current within 30 days, expiring before the Stage 2 audit.
        Assert.Equal("current", Status(JsonNode.Parse(await before.Content.ReadAsStringAsync(Http.Token))!, "8.29"));
        Assert.Equal("expiring", Status(body, "8.29"));
        Assert.Equal("ISMS-STORE-003", (await unknown.ProblemAsync(HttpStatusCode.NotFound)).Code());
    }

    [Theory]
    [InlineData("/tenants/evd-bad/evidence?asOf=28.11.2026", HttpStatusCode.BadRequest, "ISMS-WEB-003")]
    [InlineData("/tenants/Bad_Tenant/evidence", HttpStatusCode.BadRequest, "ISMS-STORE-004")]
    [InlineData("/tenants/nobody/evidence", HttpStatusCode.NotFound, "ISMS-STORE-003")]
    [InlineData("/tenants/evd-bad/evidence?record=..%2Fisms", HttpStatusCode.BadRequest, "ISMS-STORE-004")]
    public async Task Bad_queries_and_unknown_tenants_are_problems_with_their_codes(string url, HttpStatusCode status, string code)
    {
        await _client.PutAsync("/tenants/evd-bad/isms", TestDocuments.Isms);

        var response = await _client.GetAsync(url, Http.Token);

        Assert.Equal(code, (await response.ProblemAsync(status)).Code());
    }

    /// <summary>The JSON the route must give: the library's coverage of the sample ISMS, in the contract's web shape.</summary>
    private static JsonNode Expected(UpcomingAudit? audit)
    {
        var isms = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(TestDocuments.Isms);
        var coverage = EvidenceCoverage.Of(isms, TestDocuments.Today, new EvidenceOptions { NextAudit = audit });
        return JsonNode.Parse(JsonSerializer.Serialize(EvidenceCoverageContract.From(isms, coverage), IsmsJson.TypeInfo<EvidenceCoverageContract>()))!;
    }

    private static string? Status(JsonNode body, string control) =>
        (string?)body["controls"]!.AsArray().Single(c => (string?)c!["id"] == control)!["status"];

    /// <summary>A record whose Stage 1 was completed on 2026-11-20: its next audit is the end of the Stage 2 window.</summary>
    private static (CertificationRecordDocument Document, UpcomingAudit Audit) RecordAfterStage1()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 10, 1, 9, 0));
        var lifecycle = new CertificationLifecycle(clock, CertificationBodyPolicy.Default);
        var lead = new AuditTeamMember(new PersonId("Ada Lovelace"), AuditRole.LeadAuditor);
        var record = lifecycle.Open(new CertificationApplication(
            "Helix Payments GmbH", "Payments", 180, [new ApplicationSite("Berlin head office", ["Development"], isCentralFunction: true)],
            "The ISMS of Helix Payments GmbH", StandardEdition.Edition2022));
        clock.Reset(Instant.FromUtc(2026, 10, 5, 9, 0));
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(new LocalDate(2026, 10, 5), new PersonId("cb.reviewer")), new PersonId("cb.reviewer"));
        clock.Reset(Instant.FromUtc(2026, 10, 12, 9, 0));
        record = lifecycle.Fire(record, CertificationTriggers.PlanAudit, new AuditPlan(AuditKind.Stage1, new LocalDate(2026, 11, 19), new LocalDate(2026, 11, 20), [lead], [4, 5, 6, 7], [], ["Berlin head office"], ["Development"], 2m), new PersonId("cb.reviewer"));
        clock.Reset(Instant.FromUtc(2026, 11, 20, 17, 0));
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1, new Stage1Report(new LocalDate(2026, 11, 19), new LocalDate(2026, 11, 20), lead.Person, Stage1Outcome.Ready, []), lead.Person);
        var audit = AuditCalendar.NextAudit(lifecycle, record, TestDocuments.Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        Assert.NotNull(audit);
        Assert.True(audit.Date > new LocalDate(2026, 12, 28), $"the Stage 2 window should end after the report expires (ends {audit.Date})");
        return (new CertificationRecordDocument(record, CertificationBodyPolicy.Default), audit);
    }
}

/// <summary>The evidence route in the OpenAPI document: its query parameters and the contract's real schema.</summary>
public sealed class EvidenceRouteOpenApiTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_route_answers_the_coverage_contracts_schema_with_dates_as_dates()
    {
        var document = await (await _client.GetAsync("/openapi/v1.json", Http.Token)).JsonAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var get = document.GetProperty("paths").GetProperty("/tenants/{tenant}/evidence").GetProperty("get");
        var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal("#/components/schemas/EvidenceCoverageContract", ok.GetProperty("$ref").GetString());
        Assert.Equal("application/problem+json", get.GetProperty("responses").GetProperty("404").GetProperty("content").EnumerateObject().Single().Name);
        var properties = schemas.GetProperty("EvidenceCoverageContract").GetProperty("properties");
        Assert.Equal(["asOf", "nextAudit", "themes", "controls"], properties.EnumerateObject().Select(p => p.Name));
        var asOf = properties.GetProperty("asOf");
        asOf = asOf.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : asOf;
        Assert.Equal("date", asOf.GetProperty("format").GetString());
        var parameters = get.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("date", parameters["asOf"].GetProperty("schema").GetProperty("format").GetString());
        Assert.Equal("query", parameters["record"].GetProperty("in").GetString());
    }
}
