using System.Collections.Immutable;

namespace Isms.Core;

/// <summary>
/// The one base type of every error the Isms packages throw for bad input or a broken rule: invalid input, a link to
/// an entity that does not exist, a transition that is not permitted, a document that cannot be read. A host catches
/// this one type. Every instance carries its errors as data (<see cref="Errors"/>: code, entity kind, entity id,
/// member, value), so callers decide from the data and never from <see cref="Exception.Message"/>.
/// </summary>
/// <remarks>
/// <para>The operation that throws changes nothing: registers and records are immutable values, so a failed
/// "change" leaves the previous value intact.</para>
/// <para>Most exceptions carry one error. Validation of a whole aggregate carries every violation it found, in the
/// order found; <see cref="Code"/> and the other shortcuts then describe the first.</para>
/// </remarks>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public class IsmsException : Exception
{
    /// <summary>Creates an exception for one broken rule.</summary>
    /// <param name="error">The error.</param>
    public IsmsException(IsmsError error)
        : this(error, null)
    {
    }

    /// <summary>Creates an exception for one broken rule and the exception that caused it.</summary>
    /// <param name="error">The error.</param>
    /// <param name="innerException">The underlying cause, or null.</param>
    public IsmsException(IsmsError error, Exception? innerException)
        : base(ErrorOf(error).Message, innerException)
    {
        Errors = [error];
    }

    /// <summary>Creates an exception for several broken rules (validation of a whole aggregate).</summary>
    /// <param name="errors">The errors, at least one, in the order found.</param>
    /// <param name="message">A summary for people, e.g. "The ISMS breaks 3 rules: ...".</param>
    public IsmsException(IEnumerable<IsmsError> errors, string message)
        : this(errors, message, null)
    {
    }

    /// <summary>Creates an exception for several broken rules and the exception that caused them.</summary>
    /// <param name="errors">The errors, at least one, in the order found.</param>
    /// <param name="message">A summary for people.</param>
    /// <param name="innerException">The underlying cause, or null.</param>
    public IsmsException(IEnumerable<IsmsError> errors, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = [.. errors];
        if (Errors.IsEmpty || Errors.Any(e => e is null))
        {
            throw new ArgumentException("At least one error, none null.", nameof(errors));
        }
    }

    /// <summary>Every broken rule, in the order found; never empty.</summary>
    public ImmutableArray<IsmsError> Errors { get; }

    /// <summary>The first (usually the only) error.</summary>
    public IsmsError Error => Errors[0];

    /// <summary>The stable code of the first broken rule (documented in docs/errors.md).</summary>
    public string Code => Error.Code;

    /// <summary>The kind of entity of the first error (<see cref="IsmsError.EntityKind"/>).</summary>
    public string? EntityKind => Error.EntityKind;

    /// <summary>The entity id of the first error (<see cref="IsmsError.EntityId"/>).</summary>
    public string? EntityId => Error.EntityId;

    /// <summary>The member of the first error (<see cref="IsmsError.Member"/>).</summary>
    public string? Member => Error.Member;

    /// <summary>The offending value of the first error (<see cref="IsmsError.Value"/>).</summary>
    public string? Value => Error.Value;

    private static IsmsError ErrorOf(IsmsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error;
    }
}
