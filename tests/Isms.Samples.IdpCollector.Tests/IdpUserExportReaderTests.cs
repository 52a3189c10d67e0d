using System.Text;
using Isms.Serialization;
using Isms.Serialization.Tests.Fuzz;

namespace Isms.Samples.IdpCollector.Tests;

/// <summary>The export reader: the sample export read whole, every malformed input refused with its code and place.</summary>
public sealed class IdpUserExportReaderTests
{
    private const string Header = "user_id,email,status,mfa_enrolled,mfa_methods,last_sign_in\n";

    [Fact]
    public void The_sample_export_is_read_whole_with_each_accounts_status_factors_and_last_sign_in()
    {
        var accounts = IdpUserExportReader.Read(File.ReadAllBytes(SampleExport.Path), SampleExport.Name);

        Assert.Equal(File.ReadAllLines(SampleExport.Path).Length - 1, accounts.Length);
        Assert.Equal(accounts.Length, accounts.Select(a => a.UserId).Distinct().Count());
        var lena = accounts[0];
        Assert.Equal(("lena.hoffmann@helix-pay.example", IdpAccountStatus.Active, 2), (lena.Email, lena.Status, lena.Line));
        Assert.Equal([MfaMethod.WebAuthn, MfaMethod.PushApp], lena.MfaMethods);
        Assert.True(lena.HasPhishingResistantFactor);
        var provisioned = Assert.Single(accounts, a => a.Status == IdpAccountStatus.Provisioned);
        Assert.Null(provisioned.LastSignIn);
        Assert.False(provisioned.CanSignIn);
        Assert.True(Assert.Single(accounts, a => a.Email == "oliver.brandt@helix-pay.example").HasOnlyWeakFactors);
        Assert.Equal("anna.roth@helix-pay.example", accounts[^1].Email); // a quoted field
    }

    public static TheoryData<string, string, int, string?> Malformed() => new()
    {
        { "", DocumentErrorCodes.MissingMember, 1, null },
        { Header, DocumentErrorCodes.MissingMember, 1, null },
        { "id,email,status,mfa_enrolled,mfa_methods,last_sign_in\n", DocumentErrorCodes.UnknownMember, 1, "1" },
        { "user_id,email,status\n", DocumentErrorCodes.MalformedRow, 1, null },
        { Header + "u1,a@b.example,ACTIVE,true,totp\n", DocumentErrorCodes.MalformedRow, 2, null },
        { Header + ",a@b.example,ACTIVE,true,totp,\n", DocumentErrorCodes.MissingMember, 2, "user_id" },
        { Header + "u1,a@b.example,ACTIVE,true,totp,\nu1,c@b.example,ACTIVE,true,totp,\n", DocumentErrorCodes.DuplicateId, 3, "user_id" },
        { Header + "u1,not-an-address,ACTIVE,true,totp,\n", DocumentErrorCodes.InvalidValue, 2, "email" },
        { Header + "u1,a@b.example,ENABLED,true,totp,\n", DocumentErrorCodes.InvalidValue, 2, "status" },
        { Header + "u1,a@b.example,ACTIVE,yes,totp,\n", DocumentErrorCodes.InvalidValue, 2, "mfa_enrolled" },
        { Header + "u1,a@b.example,ACTIVE,true,yubikey,\n", DocumentErrorCodes.InvalidValue, 2, "mfa_methods" },
        { Header + "u1,a@b.example,ACTIVE,true,totp;totp,\n", DocumentErrorCodes.InvalidValue, 2, "mfa_methods" },
        { Header + "u1,a@b.example,ACTIVE,true,,\n", DocumentErrorCodes.InvalidValue, 2, "mfa_methods" },
        { Header + "u1,a@b.example,ACTIVE,false,sms,\n", DocumentErrorCodes.InvalidValue, 2, "mfa_methods" },
        { Header + "u1,a@b.example,ACTIVE,true,totp,27.11.2026 08:14\n", DocumentErrorCodes.InvalidValue, 2, "last_sign_in" },
        { Header + "u1,\"a@b.example,ACTIVE,true,totp,\n", DocumentErrorCodes.MalformedRow, 2, null },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_export_is_refused_with_its_code_line_and_column(string csv, string code, int line, string? column)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => IdpUserExportReader.Read(Encoding.UTF8.GetBytes(csv), "users.csv"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal((code, line, column), (problem.Code, (int?)problem.Location.Line, problem.Location.Column));
        Assert.Null(FuzzHarness.Check(ex, Encoding.UTF8.GetBytes(csv), json: false));
    }

    [Fact]
    public void Invalid_utf8_is_refused_not_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "u1,a@b.example,ACTIVE,true,totp,\n");
        bytes[^5] = 0xFF;

        Assert.Equal(DocumentErrorCodes.InvalidUtf8, Assert.Throws<IsmsDocumentException>(() => IdpUserExportReader.Read(bytes, null)).Code);
    }

    /// <summary>Hostile variations of valid exports (issue 13's harness): only the library's coded errors may escape.</summary>
    [Fact]
    public void The_reader_survives_hostile_input()
    {
        byte[][] seeds =
        [
            File.ReadAllBytes(SampleExport.Path),
            Encoding.UTF8.GetBytes(Header + "u1,a@b.example,SUSPENDED,false,,\r\nu2,c@d.example,ACTIVE,true,webauthn;sms,2026-01-01T00:00:00Z\r\n"),
        ];

        var (accepted, refused) = FuzzHarness.Run("IdP user export", seeds, DelimitedMutations.For(','), b => IdpUserExportReader.Read(b, null), json: false);

        Assert.True(refused > FuzzHarness.Cases / 3, $"only {refused} of {FuzzHarness.Cases} cases were refused");
        Assert.True(accepted > 0, "no mutated export was accepted: the mutations never keep an input valid");
    }
}

/// <summary>The sample export shipped with the collector (copied beside the tests).</summary>
internal static class SampleExport
{
    public const string Name = "idp-users-2026-11-27.csv";

    public static string Path
    {
        get
        {
            var path = System.IO.Path.Combine(AppContext.BaseDirectory, "SampleData", Name);
            return File.Exists(path) ? path : throw new FileNotFoundException($"the sample export was not copied beside the tests: {path}");
        }
    }
}
