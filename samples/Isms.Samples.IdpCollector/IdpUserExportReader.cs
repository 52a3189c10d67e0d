using System.Collections.Immutable;
using System.Globalization;
using Isms.Serialization;
using Isms.Serialization.Import;
using NodaTime;
using NodaTime.Text;

namespace Isms.Samples.IdpCollector;

/// <summary>
/// Reads an identity provider's user export, one account per line under the header
/// <c>user_id,email,status,mfa_enrolled,mfa_methods,last_sign_in</c>: status as the provider names it
/// (<c>ACTIVE</c>, <c>SUSPENDED</c>, <c>DEPROVISIONED</c>, ...), <c>mfa_enrolled</c> <c>true</c> or <c>false</c>, the
/// methods separated by <c>;</c> (<c>webauthn</c>, <c>smart_card</c>, <c>okta_verify</c>, <c>totp</c>, <c>sms</c>,
/// <c>voice</c>, <c>email</c>), the last sign-in an ISO 8601 instant or empty for never.
/// </summary>
/// <remarks>
/// Strict, because what it reads becomes audit evidence: the library's <see cref="StrictDelimitedInput"/> checks the
/// size, UTF-8 and quoting; this reader checks the header, every field and that the columns agree (enrolled with no
/// method is refused, not guessed). Every failure is an <see cref="IsmsDocumentException"/> naming the line, the column
/// and the value: <c>ISMS-DOC-007</c> a line that is not six fields, <c>ISMS-DOC-020</c> a column named otherwise,
/// <c>ISMS-DOC-021</c> an empty id or an export with no account, <c>ISMS-DOC-024</c> a value that is not one of the
/// column's, <c>ISMS-DOC-031</c> an id used twice. Blank lines are skipped.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class IdpUserExportReader
{
    /// <summary>The header, in order.</summary>
    public static readonly ImmutableArray<string> Header = ["user_id", "email", "status", "mfa_enrolled", "mfa_methods", "last_sign_in"];

    private static readonly Dictionary<string, IdpAccountStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ACTIVE"] = IdpAccountStatus.Active,
        ["PROVISIONED"] = IdpAccountStatus.Provisioned,
        ["STAGED"] = IdpAccountStatus.Staged,
        ["PASSWORD_EXPIRED"] = IdpAccountStatus.PasswordExpired,
        ["LOCKED_OUT"] = IdpAccountStatus.LockedOut,
        ["RECOVERY"] = IdpAccountStatus.Recovery,
        ["SUSPENDED"] = IdpAccountStatus.Suspended,
        ["DEPROVISIONED"] = IdpAccountStatus.Deprovisioned,
    };

    private static readonly Dictionary<string, MfaMethod> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["webauthn"] = MfaMethod.WebAuthn,
        ["smart_card"] = MfaMethod.SmartCard,
        ["okta_verify"] = MfaMethod.PushApp,
        ["totp"] = MfaMethod.Totp,
        ["sms"] = MfaMethod.Sms,
        ["voice"] = MfaMethod.Voice,
        ["email"] = MfaMethod.Email,
    };

    /// <summary>Reads an export.</summary>
    /// <param name="csv">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="sourceName">The file name for messages, or null.</param>
    /// <param name="options">The limits; null for the library's defaults.</param>
    /// <returns>The accounts, in file order.</returns>
    /// <exception cref="IsmsDocumentException">The export is malformed, breaks a limit or holds a value that is not one of its column's.</exception>
    public static ImmutableArray<IdpAccount> Read(ReadOnlySpan<byte> csv, string? sourceName, IsmsDocumentOptions? options = null)
    {
        var input = StrictDelimitedInput.Open(csv, ',', quoted: true, sourceName, options);
        var accounts = ImmutableArray.CreateBuilder<IdpAccount>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = false;
        while (input.NextRow(out var row))
        {
            if (string.IsNullOrWhiteSpace(row.Text))
            {
                continue;
            }

            if (row.Count != Header.Length)
            {
                throw input.Error(DocumentErrorCodes.MalformedRow, row.Line, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"the {(header ? "line" : "header")} has {row.Count} fields"), $"6 fields: {string.Join(',', Header)}", null, null);
            }

            if (!header)
            {
                CheckHeader(input, row);
                header = true;
                continue;
            }

            accounts.Add(Account(input, row, ids));
        }

        if (accounts.Count == 0)
        {
            throw input.Error(DocumentErrorCodes.MissingMember, 1, null, null, header ? "the export holds no account" : "the export is empty",
                $"the header {string.Join(',', Header)} and one line per account", null, null);
        }

        return accounts.ToImmutable();
    }

    private static void CheckHeader(StrictDelimitedInput input, DelimitedRow row)
    {
        for (var i = 0; i < Header.Length; i++)
        {
            var name = row[i].Trim();
            if (!string.Equals(name, Header[i], StringComparison.OrdinalIgnoreCase))
            {
                throw input.Error(DocumentErrorCodes.UnknownMember, row.Line, (i + 1).ToString(CultureInfo.InvariantCulture), row.PositionOf(i),
                    $"column {i + 1} is named {DocumentErrorText.Quote(name)}", $"{Header[i]} (the header {string.Join(',', Header)})", name, null);
            }
        }
    }

    private static IdpAccount Account(StrictDelimitedInput input, DelimitedRow row, Dictionary<string, int> ids)
    {
        string Field(int i) => row[i].Trim();
        IsmsDocumentException Bad(int i, string code, string problem, string expected) =>
            input.Error(code, row.Line, Header[i], row.PositionOf(i), problem, expected, Field(i), null);

        var id = Field(0);
        if (id.Length == 0)
        {
            throw Bad(0, DocumentErrorCodes.MissingMember, "the user id is empty", "the identity provider's id of the account");
        }

        if (!ids.TryAdd(id, row.Line))
        {
            throw Bad(0, DocumentErrorCodes.DuplicateId, string.Create(CultureInfo.InvariantCulture, $"user id {DocumentErrorText.Quote(id)} is also on line {ids[id]}"), "each account once");
        }

        var email = Field(1);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Any(char.IsWhiteSpace))
        {
            throw Bad(1, DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(email)} is not an e-mail address", "an address such as lena.hoffmann@example.com");
        }

        if (!Statuses.TryGetValue(Field(2), out var status))
        {
            throw Bad(2, DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(Field(2))} is not an account status", string.Join(", ", Statuses.Keys));
        }

        bool enrolled = Field(3).ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => throw Bad(3, DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(Field(3))} is not true or false", "true or false"),
        };

        var methods = ImmutableArray.CreateBuilder<MfaMethod>();
        foreach (var name in Field(4).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Methods.TryGetValue(name, out var method))
            {
                throw Bad(4, DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(name)} is not an MFA method", string.Join(", ", Methods.Keys) + ", separated by ;");
            }

            if (methods.Contains(method))
            {
                throw Bad(4, DocumentErrorCodes.InvalidValue, $"MFA method {DocumentErrorText.Quote(name)} is listed twice", "each method once");
            }

            methods.Add(method);
        }

        if (enrolled != (methods.Count > 0))
        {
            // The export contradicts itself: evidence must not pick one of the two columns.
            throw Bad(4, DocumentErrorCodes.InvalidValue,
                enrolled ? "mfa_enrolled is true but no MFA method is listed" : "mfa_enrolled is false but MFA methods are listed",
                "mfa_enrolled true with at least one method, or false with none");
        }

        Instant? lastSignIn = null;
        if (Field(5).Length > 0)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(Field(5));
            lastSignIn = parsed.Success ? parsed.Value
                : throw Bad(5, DocumentErrorCodes.InvalidValue, $"{DocumentErrorText.Quote(Field(5))} is not an instant", "an ISO 8601 UTC instant such as 2026-11-27T08:14:03Z, or empty for never");
        }

        return new IdpAccount(row.Line, id, email, status, methods.ToImmutable(), lastSignIn);
    }
}
