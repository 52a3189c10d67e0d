using Isms.Serialization;
using Isms.Serialization.Storage;

namespace Isms.Cli.Hosting;

/// <summary>
/// File input for every verb: loads a document by path and turns every failure into one line on stderr with
/// exit code 2 (a <see cref="UsageException"/> the host prints), never a stack trace.
/// </summary>
internal static class DocumentInput
{
    /// <summary>Reads the document at <paramref name="path"/> (any kind).</summary>
    /// <exception cref="UsageException">The file is missing, unreadable, not a regular file or not a valid document; the
    /// message is one line naming the file, the JSON path and the line.</exception>
    public static IsmsDocument Load(string path) => Parse(path, ReadBytes(path));

    /// <summary>Reads the document at <paramref name="path"/>, which must be of the kind of <typeparamref name="T"/>.</summary>
    /// <exception cref="UsageException">As <see cref="Load(string)"/>, or the document is of another kind.</exception>
    public static T Load<T>(string path)
        where T : class
    {
        var document = Load(path);
        return document.Model as T
            ?? throw new UsageException($"{path}: the document is a '{document.Kind}', this verb needs a '{IsmsDocumentSerializer.KindOf(typeof(T))}'");
    }

    /// <summary>
    /// Reads the document at <paramref name="path"/> into <typeparamref name="T"/> with the typed reader (for a model
    /// type that is not what an untyped read gives, e.g. <see cref="CertificationRecordDocument"/>).
    /// </summary>
    /// <exception cref="UsageException">As <see cref="Load(string)"/>; a document of another kind is ISMS-DOC-010.</exception>
    public static T LoadAs<T>(string path)
        where T : class => ParseAs<T>(path, ReadBytes(path));

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>, read once and within the serializer's size limit, so a verb that
    /// reads the document twice (untyped, then typed) opens the file once. Only a regular file is read: a named pipe, a
    /// device or a folder is refused at once (ISMS-DOC-008), never waited on.
    /// </summary>
    /// <exception cref="UsageException">The file is missing, unreadable, too large or not a regular file.</exception>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return DocumentFile.ReadAllBytes(path);
        }
        catch (IsmsDocumentException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{path}: no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot read the file: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Parses bytes read by <see cref="ReadBytes"/> (any kind).</summary>
    /// <exception cref="UsageException">Not a valid document.</exception>
    public static IsmsDocument Parse(string path, byte[] bytes)
    {
        try
        {
            return IsmsDocumentSerializer.Default.Deserialize(bytes);
        }
        catch (IsmsDocumentException ex)
        {
            throw Unreadable(path, ex);
        }
    }

    /// <summary>Parses bytes read by <see cref="ReadBytes"/> into <typeparamref name="T"/> with the typed reader.</summary>
    /// <exception cref="UsageException">Not a valid document of that kind.</exception>
    public static T ParseAs<T>(string path, byte[] bytes)
        where T : class
    {
        try
        {
            return IsmsDocumentSerializer.Default.Deserialize<T>(bytes);
        }
        catch (IsmsDocumentException ex)
        {
            throw Unreadable(path, ex);
        }
    }

    /// <summary>Loads through a <see cref="DocumentFileStore"/> to get the version to state when saving.</summary>
    public static StoredDocument<T> LoadStored<T>(string path)
        where T : class
    {
        try
        {
            return new DocumentFileStore().Load<T>(path);
        }
        catch (IsmsDocumentException ex)
        {
            throw Unreadable(path, ex);
        }
        catch (DocumentStoreException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>A document that cannot be read: one line per problem (a model breaking several rules reports each).</summary>
    private static UsageException Unreadable(string path, IsmsDocumentException ex) =>
        new([.. ex.Problems.Select(p => $"{path}: {p.Message}")], ex);

    /// <summary>
    /// Opens <paramref name="path"/> for reading and runs <paramref name="read"/> (any reader of Isms.Serialization);
    /// a file that cannot be opened is a <see cref="UsageException"/>, an <see cref="IsmsDocumentException"/> is left to
    /// the verb (it decides the exit code from the error's data).
    /// </summary>
    public static TResult Open<TResult>(string path, Func<Stream, TResult> read)
    {
        try
        {
            using var stream = OpenRegular(path);
            return read(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{path}: no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot read the file: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static FileStream OpenRegular(string path)
    {
        try
        {
            return DocumentFile.OpenRead(path);
        }
        catch (IsmsDocumentException ex) when (ex.Code == DocumentErrorCodes.NotARegularFile)
        {
            throw new UsageException(ex.Message);
        }
    }
}
