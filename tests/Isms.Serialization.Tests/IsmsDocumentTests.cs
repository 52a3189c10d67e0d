using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Core.Tests.TestData;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>The <c>isms</c> kind: a whole ISMS written, read and checked by the domain's own validation.</summary>
public sealed class IsmsDocumentTests
{
    /// <summary>A ready ISMS plus the parts ReadyIsms leaves out: an accepted risk with a quantitative model, a closed nonconformity.</summary>
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
        var file = Fixtures.Path(DocumentKinds.Isms, "v1.json");
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
