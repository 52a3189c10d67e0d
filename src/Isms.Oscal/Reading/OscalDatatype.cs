namespace Isms.Oscal.Reading;

/// <summary>The OSCAL data types of scalar values, as the OSCAL JSON schemas define them.</summary>
internal enum OscalDatatype
{
    /// <summary>Markup (<c>markup-line</c>, <c>markup-multiline</c>): any string, empty included.</summary>
    Markup,

    /// <summary><c>string</c>: non-empty, no leading or trailing white space, one line.</summary>
    String,

    /// <summary><c>token</c>: a letter or '_', then letters, digits, '.', '-' or '_'.</summary>
    Token,

    /// <summary><c>uuid</c>.</summary>
    Uuid,

    /// <summary><c>uri</c>: a scheme, ':' and more.</summary>
    Uri,

    /// <summary><c>uri-reference</c>: any string.</summary>
    UriReference,

    /// <summary><c>date-time-with-timezone</c>.</summary>
    DateTimeWithTimezone,

    /// <summary><c>date</c> (with an optional time zone).</summary>
    Date,

    /// <summary><c>non-negative-integer</c>.</summary>
    NonNegativeInteger,

    /// <summary><c>positive-integer</c>.</summary>
    PositiveInteger,

    /// <summary><c>boolean</c>.</summary>
    Boolean,

    /// <summary><c>base64</c>.</summary>
    Base64,

    /// <summary><c>email-address</c>.</summary>
    Email,
}
