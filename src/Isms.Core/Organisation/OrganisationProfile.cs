namespace Isms.Core.Organisation;

/// <summary>
/// The organisation as the certification application form describes it: legal name, nature of activities, the
/// number of persons doing work under the organisation's control (which drives audit time), sites and contact.
/// <para>ISO/IEC 27001:2022 clause 4.1, 4.3; ISO/IEC 27006-1 application and audit time.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OrganisationProfile
{
    /// <summary>The registered legal name.</summary>
    public required string LegalName { get; init => field = Check.Text(value, "OrganisationProfile.LegalName"); }

    /// <summary>The trading name, when it differs.</summary>
    public string? TradingName { get; init => field = Check.OptionalText(value, "OrganisationProfile.TradingName"); }

    /// <summary>The nature of the organisation's activities, e.g. <c>Development and operation of a payments SaaS</c>.</summary>
    public required string NatureOfActivities { get; init => field = Check.Text(value, "OrganisationProfile.NatureOfActivities"); }

    /// <summary>
    /// The number of persons doing work under the organisation's control (employees, contractors, part-time staff
    /// as full-time equivalents), at least 1.
    /// </summary>
    public required int PersonsDoingWork { get; init => field = Check.AtLeast(value, 1, "OrganisationProfile.PersonsDoingWork"); }

    /// <summary>The sites, with the processes performed at each.</summary>
    public Register<SiteId, Site> Sites { get; init => field = value ?? Register<SiteId, Site>.Empty; } = Register<SiteId, Site>.Empty;

    /// <summary>The contact for the certification body.</summary>
    public required ContactDetails Contact { get; init => field = value ?? throw Fault.Of(IsmsErrorCodes.RequiredText, "OrganisationProfile.Contact must not be null.", nameof(OrganisationProfile), member: nameof(Contact)); }

    /// <summary>The organisation's web site, when it has one.</summary>
    /// <exception cref="IsmsException">The address is relative (<c>ISMS-CORE-003</c>).</exception>
    public Uri? Website
    {
        get;
        init => field = value is { IsAbsoluteUri: false }
            ? throw Fault.Of(IsmsErrorCodes.OutOfRange, $"OrganisationProfile.Website must be an absolute URI such as https://example.com (was '{value.OriginalString}').", nameof(OrganisationProfile), member: nameof(Website), value: value.OriginalString)
            : value;
    }
}
