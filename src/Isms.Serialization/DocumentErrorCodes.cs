namespace Isms.Serialization;

/// <summary>
/// The stable codes of <see cref="IsmsDocumentException"/> and <see cref="Storage.DocumentStoreException"/>.
/// A code never changes meaning; new codes are only added. docs/serialization.md lists them with examples.
/// </summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class DocumentErrorCodes
{
    /// <summary>The text is not well-formed JSON (a syntax error, trailing content, comments where the format has none, an empty document).</summary>
    public const string MalformedJson = "ISMS-DOC-001";

    /// <summary>The bytes are not valid UTF-8 (or, for input that declares UTF-16 or UTF-32 with a byte order mark, not valid in that encoding).</summary>
    public const string InvalidUtf8 = "ISMS-DOC-002";

    /// <summary>The document is larger than <see cref="IsmsDocumentOptions.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "ISMS-DOC-003";

    /// <summary>Objects and arrays are nested deeper than <see cref="IsmsDocumentOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "ISMS-DOC-004";

    /// <summary>An array or object holds more items than <see cref="IsmsDocumentOptions.MaxItemsPerCollection"/>.</summary>
    public const string TooManyItems = "ISMS-DOC-005";

    /// <summary>A string or number token (in delimited text, a field) is longer than the limit (<see cref="IsmsDocumentOptions.MaxStringBytes"/>, or 64 bytes for numbers).</summary>
    public const string TokenTooLong = "ISMS-DOC-006";

    /// <summary>
    /// A line of delimited text (CSV, TSV) cannot be split into the fields its header names: the wrong number of fields,
    /// or a quoted field that is not closed. The location names the line.
    /// </summary>
    public const string MalformedRow = "ISMS-DOC-007";

    /// <summary>
    /// The input is not a regular file: a named pipe (FIFO), a device, a socket or a folder. It is refused before it is
    /// opened, so a pipe without a writer or an endless device never blocks or exhausts the reader.
    /// </summary>
    public const string NotARegularFile = "ISMS-DOC-008";

    /// <summary>The root <c>kind</c> is missing, unknown, or not the kind the caller asked for.</summary>
    public const string UnknownKind = "ISMS-DOC-010";

    /// <summary>The root <c>schemaVersion</c> is missing, not a whole number, or a version this library does not know.</summary>
    public const string UnsupportedSchemaVersion = "ISMS-DOC-011";

    /// <summary>The document root is not a JSON object.</summary>
    public const string RootNotObject = "ISMS-DOC-012";

    /// <summary>A member that the format does not define (a typo, or data from a newer version).</summary>
    public const string UnknownMember = "ISMS-DOC-020";

    /// <summary>A required member is absent.</summary>
    public const string MissingMember = "ISMS-DOC-021";

    /// <summary>The same member appears twice in one object.</summary>
    public const string DuplicateMember = "ISMS-DOC-022";

    /// <summary>A value has the wrong JSON type (a string where a number is expected, null where a value is required, ...).</summary>
    public const string WrongType = "ISMS-DOC-023";

    /// <summary>
    /// A value has the right JSON type (in delimited text: a field has text) but is not allowed: out of range, not
    /// finite, not a number, an unknown enum name, an invalid date, a broken domain rule, or text (a value or a member
    /// name) whose escapes decode to a lone UTF-16 surrogate (<c>"\ud800"</c>).
    /// </summary>
    public const string InvalidValue = "ISMS-DOC-024";

    /// <summary>A reference names an entity that the document does not contain.</summary>
    public const string DanglingReference = "ISMS-DOC-030";

    /// <summary>Two entities of one collection share an id.</summary>
    public const string DuplicateId = "ISMS-DOC-031";

    /// <summary>A document of an older schema version could not be migrated to the current one.</summary>
    public const string MigrationFailed = "ISMS-DOC-040";

    /// <summary>
    /// An event of a <c>certification-record</c>'s history does not replay: the certification lifecycle refuses it
    /// (wrong starting state, a trigger not permitted, dates going back, an invalid payload, a deadline that passed
    /// without its time-driven event). The path names the event (<c>$.history[7]</c>); the message quotes the
    /// lifecycle's <c>ISMS-CERT-</c> code and reason.
    /// </summary>
    public const string HistoryDoesNotReplay = "ISMS-DOC-050";

    /// <summary>
    /// The stored current state of a <c>certification-record</c> (<c>$.current</c>) disagrees with the state its history
    /// replays to: the file was edited by hand or by a faulty tool. The path names the first member that differs.
    /// </summary>
    public const string StateDisagreesWithHistory = "ISMS-DOC-051";

    /// <summary>A save stated a version that is not the one stored: someone else saved in between (optimistic concurrency).</summary>
    public const string VersionConflict = "ISMS-STORE-001";

    /// <summary>The store's lock could not be taken within <see cref="Storage.DocumentFileStoreOptions.LockTimeout"/>.</summary>
    public const string LockTimeout = "ISMS-STORE-002";

    /// <summary>The document to load does not exist.</summary>
    public const string DocumentNotFound = "ISMS-STORE-003";

    /// <summary>
    /// A key the store cannot use: an empty path or a path naming a folder, a tenant id that does not match
    /// <c>^[a-z0-9][a-z0-9-]{0,62}$</c>, or a document name or kind that is not allowed. Refused before anything is touched.
    /// </summary>
    public const string InvalidKey = "ISMS-STORE-004";

    /// <summary>
    /// A certification record was saved over a stored one whose history the new record does not extend (events removed
    /// or changed): certification records are append-only.
    /// </summary>
    public const string HistoryNotExtended = "ISMS-STORE-005";

    /// <summary>
    /// The storage itself refused the operation: the folder does not exist, is read-only or not permitted, the disk is
    /// full. The message gives the operating system's cause.
    /// </summary>
    public const string StorageUnavailable = "ISMS-STORE-006";
}
