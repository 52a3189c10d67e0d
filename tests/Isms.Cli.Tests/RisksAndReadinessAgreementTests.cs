using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Serialization;
using Isms.Serialization.Tests.Support;
using NodaTime;

namespace Isms.Cli.Tests;

/// <summary>
/// <c>isms risks</c> and <c>isms readiness</c> agree on every level of every risk and report the same risk findings
/// (code, severity, clause, message), on the sample organisation through the real program, and on generated ISMS
/// documents in process. Before the risk rules were written once, the sample's R-07 was Medium in one and High in
/// the other.
/// </summary>
public sealed class RisksAndReadinessAgreementTests
{
    [Fact]
    public void The_real_isms_program_gives_the_same_levels_and_risk_findings_in_both_verbs_on_the_sample()
    {
        using var folder = new TempFolder();
        var file = folder.File("sample.isms.json");
        Assert.Equal(0, CliRunner.Process("init", file).ExitCode);

        var risks = CliRunner.Process("risks", file, "--format", "json");
        var readiness = CliRunner.Process("readiness", file, "--format", "json");

        Assert.Equal((0, string.Empty), (risks.ExitCode, risks.Error));
        Assert.Equal((1, string.Empty), (readiness.ExitCode, readiness.Error)); // the sample has a blocking finding
        var fromRisks = RisksView.Of(risks.Out);
        var fromReadiness = ReadinessView.Of(readiness.Out);
        AssertAgree(fromRisks, fromReadiness);

        // The case of the issue: R-07 is retained at High with an expired acceptance; both verbs now say High.
        Assert.Equal("High", fromRisks.Levels["R-07"].Residual.Name);
        Assert.Equal("High", fromReadiness.Levels["R-07"].Residual.Name);
        var expired = Assert.Single(fromReadiness.Findings["R-07"], f => f.Code == "ISMS-RISK-104");
        Assert.Contains("residual risk High (L3 x C4)", expired.Message, StringComparison.Ordinal);
        Assert.Equal(15, fromRisks.Levels.Count);
    }

    [Fact]
    public void A_risk_that_cannot_be_scored_is_not_scored_in_both_verbs_with_the_same_finding_and_the_others_agree()
    {
        var today = CliRunner.Now.InUtc().Date;
        var isms = SampleOrganisation.Create(today);
        var unknownCriterion = new RiskAssessment(new(2), new(3), today.PlusMonths(-1))
        {
            ByCriterion = [new(new ConsequenceCriterion("Reputational"), new(3))],
        };
        isms = isms.With(b => b.Risks = b.Risks.Replace(b.Risks[0] with { Current = unknownCriterion }));
        using var folder = new TempFolder();
        var file = folder.File("broken-risk.isms.json");
        File.WriteAllBytes(file, IsmsDocumentSerializer.Default.Serialize(isms));

        var risks = RisksView.Of(CliRunner.InProcess("risks", file, "--format", "json").Out);
        var readiness = ReadinessView.Of(CliRunner.InProcess("readiness", file, "--format", "json").Out);

        AssertAgree(risks, readiness);
        Assert.Equal("not scored", risks.Status["R-01"]);
        Assert.Equal("ISMS-RISK-006", Assert.Single(readiness.Findings["R-01"]).Code);
        Assert.Equal(14, risks.Levels.Count);
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(AgreementArbitraries)])]
    public void Both_verbs_agree_on_every_generated_isms(InformationSecurityManagementSystem isms)
    {
        using var folder = new TempFolder();
        var file = folder.File("generated.isms.json");
        File.WriteAllBytes(file, IsmsDocumentSerializer.Default.Serialize(isms));

        var risks = CliRunner.InProcess("risks", file, "--format", "json");
        var readiness = CliRunner.InProcess("readiness", file, "--format", "json");

        Assert.Equal((0, string.Empty), (risks.ExitCode, risks.Error));
        Assert.Equal(string.Empty, readiness.Error);
        AssertAgree(RisksView.Of(risks.Out), ReadinessView.Of(readiness.Out));
    }

    private static void AssertAgree(RisksView risks, ReadinessView readiness)
    {
        Assert.Equal(risks.Status.OrderBy(p => p.Key, StringComparer.Ordinal), readiness.Status.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(risks.Levels.Keys.Order(StringComparer.Ordinal), readiness.Levels.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, levels) in risks.Levels)
        {
            Assert.Equal(levels, readiness.Levels[id]);
        }

        var ids = risks.Status.Keys.Union(readiness.Findings.Keys).ToList();
        foreach (var id in ids)
        {
            var fromRisks = risks.Findings.GetValueOrDefault(id, []).Order().ToList();
            var fromReadiness = readiness.Findings.GetValueOrDefault(id, []).Order().ToList();
            Assert.True(fromRisks.SequenceEqual(fromReadiness), $"{id}: isms risks [{string.Join("; ", fromRisks)}] vs isms readiness [{string.Join("; ", fromReadiness)}]");
        }
    }

    /// <summary>One stage as both verbs print it.</summary>
    private sealed record Stage(int Likelihood, int Consequence, int Level, string Name, string Source)
    {
        public static Stage Of(JsonElement e) =>
            new(e.GetProperty("likelihood").GetInt32(), e.GetProperty("consequence").GetInt32(), e.GetProperty("level").GetInt32(), e.GetProperty("name").GetString()!, e.GetProperty("source").GetString()!);
    }

    private sealed record Levels(Stage Inherent, Stage Current, Stage Residual)
    {
        public static Levels Of(JsonElement risk) => new(Stage.Of(risk.GetProperty("inherent")), Stage.Of(risk.GetProperty("current")), Stage.Of(risk.GetProperty("residual")));
    }

    private sealed record Finding(string Code, string Severity, string Reference, string Message) : IComparable<Finding>
    {
        public int CompareTo(Finding? other) => string.CompareOrdinal(ToString(), other?.ToString());
    }

    private sealed record RisksView(Dictionary<string, Levels> Levels, Dictionary<string, string> Status, Dictionary<string, List<Finding>> Findings)
    {
        public static RisksView Of(string json)
        {
            using var doc = JsonDocument.Parse(json);
            var view = new RisksView([], [], []);
            foreach (var risk in doc.RootElement.GetProperty("risks").EnumerateArray())
            {
                var id = risk.GetProperty("id").GetString()!;
                view.Status[id] = risk.GetProperty("status").GetString()!;
                if (risk.TryGetProperty("residual", out _))
                {
                    view.Levels[id] = RisksAndReadinessAgreementTests.Levels.Of(risk);
                }

                view.Findings[id] = [.. risk.GetProperty("findings").EnumerateArray().Select(f => new Finding(
                    f.GetProperty("code").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("reference").GetString()!, f.GetProperty("message").GetString()!))];
            }

            return view;
        }
    }

    /// <summary>What <c>isms readiness --format json</c> says about each risk: its levels and the findings of the risk
    /// rules on it (every finding whose first entity is the risk, but the Core register checks <c>RDY-*</c>).</summary>
    private sealed record ReadinessView(Dictionary<string, Levels> Levels, Dictionary<string, string> Status, Dictionary<string, List<Finding>> Findings)
    {
        public static ReadinessView Of(string json)
        {
            using var doc = JsonDocument.Parse(json);
            var view = new ReadinessView([], [], []);
            foreach (var risk in doc.RootElement.GetProperty("risks").EnumerateArray())
            {
                var id = risk.GetProperty("id").GetString()!;
                view.Status[id] = risk.GetProperty("status").GetString()!;
                if (risk.TryGetProperty("residual", out _))
                {
                    view.Levels[id] = RisksAndReadinessAgreementTests.Levels.Of(risk);
                }
            }

            foreach (var f in doc.RootElement.GetProperty("findings").EnumerateArray())
            {
                var code = f.GetProperty("code").GetString()!;
                var first = f.GetProperty("entities").EnumerateArray().FirstOrDefault();
                if (code.StartsWith("RDY-", StringComparison.Ordinal) || first.ValueKind != JsonValueKind.Object || first.GetProperty("kind").GetString() != "Risk")
                {
                    continue;
                }

                var id = first.GetProperty("id").GetString()!;
                if (!view.Findings.TryGetValue(id, out var list))
                {
                    view.Findings[id] = list = [];
                }

                list.Add(new Finding(code, f.GetProperty("severity").GetString()!, f.GetProperty("reference").GetString()!, f.GetProperty("message").GetString()!));
            }

            return view;
        }
    }
}

/// <summary>
/// Whole generated ISMS documents (<see cref="IsmsArbitraries"/>) whose acceptances are moved around the date the
/// in-process host runs on (2026-11-28): in force, expired the day before, given the day after, by the owner or not, of
/// the residual, current or inherent cell, so every acceptance rule is exercised.
/// </summary>
public static class AgreementArbitraries
{
    private static readonly LocalDate Today = CliRunner.Now.InUtc().Date;

    public static Arbitrary<InformationSecurityManagementSystem> Isms() =>
        (from isms in IsmsArbitraries.Isms
         from seed in Gen.Choose(0, int.MaxValue)
         select Reaccept(isms, new Random(seed))).ToArbitrary();

    private static InformationSecurityManagementSystem Reaccept(InformationSecurityManagementSystem isms, Random random)
    {
        if (isms.Risks.Count == 0)
        {
            return isms;
        }

        var people = isms.People.Select(p => p.Id).ToArray();
        return isms.With(b => b.Risks = RiskRegister.Of(b.Risks.Select(r =>
        {
            if (random.Next(3) == 0)
            {
                return r;
            }

            var on = Today.PlusDays(random.Next(-3, 2) * random.Next(1, 200)); // a fifth after today
            var expires = Today.PlusDays(random.Next(-2, 3)); // expired yesterday or the day before, today, or later
            return r with
            {
                Acceptance = new RiskAcceptance
                {
                    AcceptedBy = random.Next(4) == 0 ? people[random.Next(people.Length)] : r.Owner,
                    AcceptedOn = on,
                    Rationale = "Accepted for the test",
                    ExpiresOn = random.Next(4) == 0 ? null : expires < on ? on : expires,
                    AcceptedAssessment = random.Next(3) switch { 0 => r.Residual ?? r.Current ?? r.Inherent, 1 => r.Current ?? r.Inherent, _ => r.Inherent },
                },
            };
        })));
    }
}
