namespace Isms.Core.Organisation;

/// <summary>The organisation's contact for the certification body: name, role, e-mail and telephone.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ContactDetails
{
    /// <summary>The contact person's name.</summary>
    public required string Name { get; init => field = Check.Text(value, "ContactDetails.Name"); }

    /// <summary>The contact person's function, e.g. <c>CISO</c>.</summary>
    public string? Function { get; init => field = Check.OptionalText(value, "ContactDetails.Function"); }

    /// <summary>The e-mail address.</summary>
    public required string Email { get; init => field = Check.Text(value, "ContactDetails.Email"); }

    /// <summary>The telephone number.</summary>
    public string? Phone { get; init => field = Check.OptionalText(value, "ContactDetails.Phone"); }
}
