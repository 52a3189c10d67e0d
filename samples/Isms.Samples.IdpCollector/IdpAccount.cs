using System.Collections.Immutable;
using NodaTime;

namespace Isms.Samples.IdpCollector;

/// <summary>One account of an identity provider's user export.</summary>
/// <param name="Line">The line of the export it was read from.</param>
/// <param name="UserId">The identity provider's id of the account (unique in the export).</param>
/// <param name="Email">The sign-in e-mail address.</param>
/// <param name="Status">The account's lifecycle status.</param>
/// <param name="MfaMethods">The enrolled authentication factors besides the password; empty when not enrolled in MFA.</param>
/// <param name="LastSignIn">The last successful sign-in, or null when the account never signed in.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record IdpAccount(int Line, string UserId, string Email, IdpAccountStatus Status, ImmutableArray<MfaMethod> MfaMethods, Instant? LastSignIn)
{
    /// <summary>True when the account is enrolled in at least one second factor.</summary>
    public bool MfaEnrolled => !MfaMethods.IsEmpty;

    /// <summary>True when a person can sign in with the account (it is active, or only blocked until a password reset or unlock).</summary>
    public bool CanSignIn => Status is IdpAccountStatus.Active or IdpAccountStatus.PasswordExpired or IdpAccountStatus.LockedOut or IdpAccountStatus.Recovery;

    /// <summary>True when one of its factors resists phishing (WebAuthn/FIDO2 or a smart card), the kind 8.5 asks for privileged access.</summary>
    public bool HasPhishingResistantFactor => MfaMethods.Any(m => m is MfaMethod.WebAuthn or MfaMethod.SmartCard);

    /// <summary>True when it is enrolled only in factors that can be intercepted or redirected (SMS, voice call, e-mail).</summary>
    public bool HasOnlyWeakFactors => MfaEnrolled && MfaMethods.All(m => m is MfaMethod.Sms or MfaMethod.Voice or MfaMethod.Email);
}

/// <summary>An account's lifecycle status as identity providers export it (Okta's names; Entra ID and Google map onto them).</summary>
public enum IdpAccountStatus
{
    /// <summary><c>ACTIVE</c>: the person can sign in.</summary>
    Active,

    /// <summary><c>PROVISIONED</c>: created and invited, not yet activated.</summary>
    Provisioned,

    /// <summary><c>STAGED</c>: created, not yet invited.</summary>
    Staged,

    /// <summary><c>PASSWORD_EXPIRED</c>: can sign in after setting a new password.</summary>
    PasswordExpired,

    /// <summary><c>LOCKED_OUT</c>: too many failed sign-ins; unlocks.</summary>
    LockedOut,

    /// <summary><c>RECOVERY</c>: a password reset is under way.</summary>
    Recovery,

    /// <summary><c>SUSPENDED</c>: blocked by an administrator, kept.</summary>
    Suspended,

    /// <summary><c>DEPROVISIONED</c>: deactivated (a leaver).</summary>
    Deprovisioned,
}

/// <summary>A second authentication factor an account is enrolled in.</summary>
public enum MfaMethod
{
    /// <summary><c>webauthn</c>: a FIDO2 security key or platform authenticator (phishing-resistant).</summary>
    WebAuthn,

    /// <summary><c>smart_card</c>: a PIV or certificate-based smart card (phishing-resistant).</summary>
    SmartCard,

    /// <summary><c>okta_verify</c>: a push or number-matching authenticator app.</summary>
    PushApp,

    /// <summary><c>totp</c>: a time-based one-time password app.</summary>
    Totp,

    /// <summary><c>sms</c>: a code sent by SMS.</summary>
    Sms,

    /// <summary><c>voice</c>: a code read out in a phone call.</summary>
    Voice,

    /// <summary><c>email</c>: a code or link sent by e-mail.</summary>
    Email,
}
