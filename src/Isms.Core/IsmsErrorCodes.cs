namespace Isms.Core;

/// <summary>
/// The stable codes of <see cref="IsmsException"/> thrown by the Isms.Core model (documented in docs/concepts.md).
/// </summary>
/// <threadsafety>Constants; thread-safe.</threadsafety>
public static class IsmsErrorCodes
{
    /// <summary>An id is empty, white space or has surrounding white space.</summary>
    public const string InvalidId = "ISMS-CORE-001";

    /// <summary>A required text is empty or white space.</summary>
    public const string RequiredText = "ISMS-CORE-002";

    /// <summary>A number is outside its allowed range (a percentage above 100, a negative count, ...).</summary>
    public const string OutOfRange = "ISMS-CORE-003";

    /// <summary>A required list is empty, or a list holds the same value twice or a default (empty) id.</summary>
    public const string InvalidList = "ISMS-CORE-004";

    /// <summary>Two dates are in the wrong order (e.g. expiry before acceptance).</summary>
    public const string DateOrder = "ISMS-CORE-005";

    /// <summary>A text or id is not well-formed Unicode (a lone UTF-16 surrogate), so no document could store it faithfully.</summary>
    public const string InvalidText = "ISMS-CORE-006";

    /// <summary>A SHA-256 digest is not 64 hexadecimal digits.</summary>
    public const string InvalidDigest = "ISMS-CORE-007";

    /// <summary>A recurrence rule is not an RFC 5545 RRULE value (FREQ once, known parts, each once, not both COUNT and UNTIL).</summary>
    public const string InvalidRecurrenceRule = "ISMS-CORE-008";

    /// <summary>A time zone id is not in the IANA time zone database NodaTime ships.</summary>
    public const string UnknownTimeZone = "ISMS-CORE-009";

    /// <summary>A register already holds an entity with this id.</summary>
    public const string DuplicateId = "ISMS-CORE-010";

    /// <summary>A register holds no entity with this id.</summary>
    public const string UnknownId = "ISMS-CORE-011";

    /// <summary>A URI that must locate something on its own (an evidence artefact) is relative.</summary>
    public const string RelativeUri = "ISMS-CORE-012";

    /// <summary>A link to an entity that does not exist in the ISMS.</summary>
    public const string DanglingReference = "ISMS-CORE-020";

    /// <summary>An entity links to itself where that makes no sense (an asset depending on itself).</summary>
    public const string SelfReference = "ISMS-CORE-021";

    /// <summary>A risk assessment uses a level outside the organisation's risk criteria scales.</summary>
    public const string AssessmentOutsideScale = "ISMS-CORE-022";

    /// <summary>A Statement of Applicability decision names a control that is not in the SoA's catalog.</summary>
    public const string ControlNotInCatalog = "ISMS-CORE-030";

    /// <summary>A Statement of Applicability holds two decisions for the same control.</summary>
    public const string DuplicateDecision = "ISMS-CORE-031";

    /// <summary>A control is excluded without a reason and narrative, or an applicable control carries an exclusion.</summary>
    public const string InvalidExclusion = "ISMS-CORE-032";

    /// <summary>A nonconformity is closed without a verification that its corrective actions were effective.</summary>
    public const string ClosedWithoutVerification = "ISMS-CORE-040";
}
