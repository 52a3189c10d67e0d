namespace Isms.Serialization.Reading;

/// <summary>
/// Thrown by a hand-written register reader (<see cref="RegisterReader"/>) when the input is anything but what it
/// reads itself: an unknown, escaped, duplicate or missing member, a wrong token, a null, a number or date that does
/// not parse. The serializer then reads the whole document again through the generic strict path, which accepts or
/// reports it exactly as before, so the fast path never decides an error itself.
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
internal sealed class FastPathDeclinedException : Exception
{
    /// <summary>Declined without a cause (the input broke one of the reader's own expectations).</summary>
    public FastPathDeclinedException()
        : base("The hand-written register reader declined the input; it is read by the generic path.")
    {
    }

    /// <summary>Declined because reading a value threw.</summary>
    /// <param name="message">Unused detail (the exception is never shown).</param>
    public FastPathDeclinedException(string message)
        : base(message)
    {
    }

    /// <summary>Declined because reading a value threw <paramref name="innerException"/>.</summary>
    /// <param name="message">Unused detail (the exception is never shown).</param>
    /// <param name="innerException">What reading threw.</param>
    public FastPathDeclinedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
