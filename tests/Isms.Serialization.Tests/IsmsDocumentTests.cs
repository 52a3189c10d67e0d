using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core;
using Isms.Core.Improvement;
using Isms.Core.Catalogs;
using Isms.Core.Leadership;
using Isms.Core.Monitoring;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Core.Tests.TestData;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>The <c>isms</c> kind: a whole ISMS written, read and checked by the domain's own validation.</summary>
public sealed class IsmsDocumentTests
{
    /// <summary>
    /// A ready ISMS plus the parts ReadyIsms leaves out: an accepted risk with a quantitative model, a closed
    /// nonconformity, accepted and proposed evidence, a control test with results, a monitoring activity with a
    /// result, and a planned change.
    /// </summary>
    internal static InformationSecurityManagementSystem Sample()
    {
        var ready = ReadyIsms.Create();
        var today = TestIsms.Today;
        var first = ready.Risks[0];
        var quantified = first with
        {
            Acceptance = new RiskAcceptance { AcceptedBy = TestIsms.Cto, AcceptedOn = today.PlusDays(-5), Rationale = "Within appetite", ExpiresOn = today.PlusYears(1), AcceptedAssessment = first.Residual ?? first.Current ?? first.Inherent },
            QuantitativeModel = FairScenario.FromAnnualRate(new FairScenarioId("Q1"), "Ransomware (FAIR)", 0.3, 10_000, 250_000),
        };
        return ready.With(b =>
        {
            b.Risks = RiskRegister.From(b.Risks.Scenarios.Replace(quantified));
            b.Nonconformities = b.Nonconformities.Add(new Nonconformity
            {
                Id = new NonconformityId("NC-SER-1"),
                Description = "Backup restore never tested",
                Source = NonconformitySource.SelfIdentified,
                RaisedOn = today.PlusMonths(-2),
                Owner = TestIsms.Ciso,
                Correction = "Restore tested",
                RootCause = "No schedule",
                CorrectiveActions = [new CorrectiveAction { Id = new CorrectiveActionId("CA-SER-1"), Description = "Quarterly restore test", Owner = TestIsms.Ciso, Due = today.PlusMonths(-1), CompletedOn = today.PlusMonths(-1) }],
                Verification = new EffectivenessVerification { VerifiedBy = TestIsms.Auditor, VerifiedOn = today.PlusDays(-3), Effective = true, Method = "Re-performed the restore" },
                ClosedOn = today.PlusDays(-3),
            });
            var quarterly = new RecurrenceSchedule { Rule = "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", Start = new NodaTime.LocalDateTime(2026, 1, 15, 9, 30), TimeZone = "Europe/Berlin", GraceDays = 10 };
            b.AddEvidence(
                new EvidenceItem
                {
                    Id = new EvidenceItemId("EV-SER-1"),
                    Title = "Q3 access review sign-off",
                    Description = "Every privileged account reviewed by its owner",
                    Artefact = new ArtefactReference { Location = new Uri("https://evidence.example.com/reviews/2026-q3.pdf"), Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", MediaType = "application/pdf" },
                    CollectedAt = NodaTime.Instant.FromUtc(2026, 10, 2, 14, 5),
                    Period = new EvidencePeriod(new NodaTime.LocalDate(2026, 7, 1), new NodaTime.LocalDate(2026, 9, 30)),
                    ValidUntil = new NodaTime.LocalDate(2026, 12, 31),
                    CollectedBy = EvidenceCollector.ByPerson(TestIsms.Ciso),
                    Controls = [new ControlId("5.15"), new ControlId("8.5")],
                    AppliedControls = [new AppliedControlId("AC1")],
                    Requirements = [new RequirementId("REQ1")],
                    Acceptance = new EvidenceAcceptance { AcceptedBy = TestIsms.Auditor, AcceptedOn = new NodaTime.LocalDate(2026, 10, 5), Comment = "Sampled 5 of 40" },
                },
                new EvidenceItem
                {
                    Id = new EvidenceItemId("EV-SER-2"),
                    Title = "MFA enrolment export",
                    Artefact = new ArtefactReference { Location = new Uri("file:///exports/idp-users-2026-11-27.csv"), Sha256 = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855" },
                    CollectedAt = NodaTime.Instant.FromUtc(2026, 11, 27, 23, 59, 59),
                    Period = new EvidencePeriod(new NodaTime.LocalDate(2026, 11, 27), new NodaTime.LocalDate(2026, 11, 27)),
                    CollectedBy = EvidenceCollector.Automated("idp-mfa-export", "1.0.0"),
                    Controls = [new ControlId("8.5")],
                    Objectives = [new ObjectiveId("O1")],
                });
            b.AddControlTest(new ControlTest
            {
                Id = new ControlTestId("CT-SER-1"),
                Title = "Leaver sample",
                Procedure = "Sample leavers from HR; check each account was disabled within one working day.",
                Schedule = quarterly,
                SampleSize = 10,
                Owner = TestIsms.Ciso,
                Controls = [new ControlId("5.18")],
                AppliedControls = [new AppliedControlId("AC1")],
                Results =
                [
                    new ControlTestResult { TestedOn = new NodaTime.LocalDate(2026, 10, 16), Tester = TestIsms.Auditor, Outcome = ControlTestOutcome.EffectiveWithExceptions, SampleTested = 10, Findings = ["One account disabled after 3 days"], Evidence = [new EvidenceItemId("EV-SER-1")] },
                ],
            });
            b.AddMonitoringActivity(new MonitoringActivity
            {
                Id = new MonitoringActivityId("MON-SER-1"),
                Subject = "Share of accounts enrolled in MFA",
                Method = "Identity provider export, enrolled / active accounts",
                Schedule = quarterly with { Rule = "FREQ=MONTHLY", GraceDays = 0 },
                MeasuredBy = TestIsms.Ciso,
                EvaluatedBy = TestIsms.Cto,
                Objectives = [new ObjectiveId("O1")],
                AppliedControls = [new AppliedControlId("AC1")],
            });
            b.Measurements = b.Measurements.Add(new MeasurementResult { Id = new MeasurementId("M-SER-1"), Metric = "MFA enrolment", MeasuredOn = new NodaTime.LocalDate(2026, 11, 27), Value = 97.5m, Unit = "%", Target = "100 %", MeetsTarget = false, MeasuredBy = TestIsms.Ciso, Activity = new MonitoringActivityId("MON-SER-1"), EvaluatedBy = TestIsms.Cto });
            b.AddPlannedChange(new PlannedChange
            {
                Id = new PlannedChangeId("CHG-SER-1"),
                Title = "Move the payment platform to a second cloud region",
                Purpose = "Availability",
                Consequences = "New data flows; DPA update",
                Resources = "Two engineers for a quarter",
                Responsible = TestIsms.Cto,
                Status = PlannedChangeStatus.Approved,
                PlannedFor = new NodaTime.LocalDate(2027, 3, 31),
                ApprovedBy = TestIsms.Ciso,
                ApprovedOn = new NodaTime.LocalDate(2026, 11, 2),
            });
        });
    }

    [Fact]
    public void A_hand_built_isms_reads_back_equal_and_writes_the_same_bytes_again()
    {
        var isms = Sample();
        var json = IsmsDocumentSerializer.Default.Serialize(isms);
        var read = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(json);

        Assert.Equal(isms, read);
        Assert.NotSame(isms.RiskCriteria, read.RiskCriteria);
        Assert.Equal(json, IsmsDocumentSerializer.Default.Serialize(read));
        Assert.NotNull(read.Risks[0].QuantitativeModel);
        Assert.Equal(isms.Risks[0].QuantitativeModel, read.Risks[0].QuantitativeModel);
        Assert.Equal(isms.Risks[0].Acceptance, read.Risks[0].Acceptance);
    }

    [Property(MaxTest = 50)]
    public Property Any_text_in_an_isms_reads_back_equal()
    {
        var sample = Sample();
        var variants = from legalName in DocumentArbitraries.Text
                       from riskTitle in DocumentArbitraries.Text
                       from assetDescription in DocumentArbitraries.Text
                       from riskIndex in Gen.Choose(0, sample.Risks.Count - 1)
                       select sample.With(b =>
                       {
                           b.Profile = b.Profile! with { LegalName = legalName };
                           b.Risks = RiskRegister.From(b.Risks.Scenarios.Replace(b.Risks[riskIndex] with { Title = riskTitle }));
                           b.Assets = b.Assets.Replace(b.Assets[0] with { Description = assetDescription });
                       });
        return Prop.ForAll(variants.ToArbitrary(), isms =>
        {
            var json = IsmsDocumentSerializer.Default.Serialize(isms);
            var read = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(json);
            return isms.Equals(read) && IsmsDocumentSerializer.Default.Serialize(read).AsSpan().SequenceEqual(json);
        });
    }

    [Fact]
    public void An_isms_on_the_shipped_annex_a_names_the_catalog_by_id()
    {
        var isms = Sample();
        var soa = new Core.Applicability.StatementOfApplicability(Core.Catalogs.AnnexA.Iso27001_2022, []);
        var onAnnexA = isms.With(b => b.StatementOfApplicability = soa);
        var text = System.Text.Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(onAnnexA));

        Assert.Contains("\"catalog\": \"iso27001-2022-annex-a\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("embeddedCatalog", text, StringComparison.Ordinal);
        var read = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Same(Core.Catalogs.AnnexA.Iso27001_2022, read.StatementOfApplicability!.Catalog);
    }

    [Fact]
    public void A_custom_catalog_is_embedded_in_the_statement_of_applicability()
    {
        var text = System.Text.Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample()));
        Assert.Contains("\"embeddedCatalog\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_risk_owned_by_an_unknown_person_is_a_dangling_reference_at_the_risk_owner()
    {
        var text = System.Text.Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample()));
        var owner = Sample().Risks[0].Owner.Value;
        var broken = ReplaceFirst(text, $"\"owner\": \"{owner}\",\n      \"assets\"", "\"owner\": \"nobody\",\n      \"assets\"");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(System.Text.Encoding.UTF8.GetBytes(broken)));
        Assert.Equal(DocumentErrorCodes.DanglingReference, error.Code);
        Assert.Equal("$.risks[0].owner", error.Path);
        Assert.Equal("nobody", error.Value);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Two_people_with_one_id_are_a_duplicate_id()
    {
        var isms = Sample();
        var text = System.Text.Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(isms));
        var second = isms.People[1].Id.Value;
        var first = isms.People[0].Id.Value;
        var broken = ReplaceFirst(text, $"\"id\": \"{second}\"", $"\"id\": \"{first}\"");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(System.Text.Encoding.UTF8.GetBytes(broken)));
        Assert.Equal(DocumentErrorCodes.DuplicateId, error.Code);
        Assert.StartsWith("$.people[", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_name_is_an_invalid_value_listing_the_valid_ones()
    {
        var text = System.Text.Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(Sample()));
        var broken = ReplaceFirst(text, "\"treatment\": \"", "\"treatment\": \"X");

        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(System.Text.Encoding.UTF8.GetBytes(broken)));
        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.risks[0].treatment", error.Path);
        Assert.Contains("Modify", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_isms_golden_file_is_exactly_what_is_written()
    {
        var file = Fixtures.Path(DocumentKinds.Isms, "v2.json");
        var written = IsmsDocumentSerializer.Default.Serialize(Sample());
        if (Fixtures.Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, written);
        }

        Assert.Equal(File.ReadAllText(file), System.Text.Encoding.UTF8.GetString(written));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in the document");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
