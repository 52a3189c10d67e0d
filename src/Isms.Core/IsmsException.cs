namespace Isms.Core;

/// <summary>
/// A rule of the ISMS model or of an engine was broken: invalid input, a link to an entity that does not exist,
/// a transition that is not permitted. Every instance carries a stable <see cref="Code"/> (documented in docs/)
/// that a vendor can map to its own user interface; the message names the field and the value.
/// </summary>
/// <remarks>
/// The operation that throws changes nothing: registers and records are immutable values, so a failed
/// "change" leaves the previous value intact.
/// </remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public class IsmsException : Exception
{
    /// <summary>Creates an exception with a stable code and a message naming the field and value.</summary>
    /// <param name="code">The stable code, e.g. <c>ISMS-CORE-001</c>.</param>
    /// <param name="message">What was wrong: which field, which value, why.</param>
    public IsmsException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates an exception with a stable code, a message and the exception that caused it.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What was wrong: which field, which value, why.</param>
    /// <param name="innerException">The underlying cause.</param>
    public IsmsException(string code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable code of the rule that was broken (documented in docs/).</summary>
    public string Code { get; }
}
