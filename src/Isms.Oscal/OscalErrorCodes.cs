namespace Isms.Oscal;

/// <summary>
/// The stable codes of the failures only OSCAL has. Reading an OSCAL document fails with an
/// <see cref="Isms.Serialization.IsmsDocumentException"/>: with one of these codes for an OSCAL rule, and with the
/// library's <see cref="Isms.Serialization.DocumentErrorCodes"/> for what every format shares (malformed JSON, limits,
/// unknown, missing or duplicate members, wrong types, invalid values, duplicate ids). docs/oscal.md lists them.
/// </summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class OscalErrorCodes
{
    /// <summary>
    /// The document is not the OSCAL model the reader was asked for: its root holds another model (a
    /// <c>system-security-plan</c> given to the catalog reader), no model at all, or more than one.
    /// </summary>
    public const string WrongModel = "ISMS-OSCAL-001";

    /// <summary>The document's <c>metadata.oscal-version</c> is not an OSCAL 1.x version (<c>1.1.2</c>, <c>v1.1.3</c>, <c>1.0.6</c>).</summary>
    public const string UnsupportedVersion = "ISMS-OSCAL-002";

    /// <summary>A value is not what OSCAL's data types allow: a <c>uuid</c> that is not an RFC 4122 UUID, an id that is not an OSCAL token.</summary>
    public const string InvalidDatatype = "ISMS-OSCAL-003";

    /// <summary>A profile or system security plan was asked of an ISMS that has no Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d).</summary>
    public const string NoStatementOfApplicability = "ISMS-OSCAL-004";
}
