using System.Globalization;
using System.Text;

namespace Isms.Core;

/// <summary>
/// One broken rule, as data: a stable <see cref="Code"/>, where it was broken (<see cref="EntityKind"/>,
/// <see cref="EntityId"/>, <see cref="Member"/>), the offending <see cref="Value"/> and a sentence for people
/// (<see cref="Message"/>). Callers decide from the data, never from the message: a JSON reader turns
/// <see cref="EntityKind"/>, <see cref="EntityId"/> and <see cref="Member"/> into a JSON path, a web host into a
/// problem-details member, a user interface into its own words keyed by <see cref="Code"/>.
/// </summary>
/// <remarks>
/// <para>Members name the model's properties as the C# API spells them, dotted for nested values and indexed for
/// list items: <c>Owner</c>, <c>Inherent.Likelihood</c>, <c>DependsOn[2]</c>, <c>Acceptance.AcceptedBy</c>.</para>
/// <para>Codes are documented in docs/errors.md; a code names one failure wherever it happens.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record IsmsError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code, e.g. <c>ISMS-CORE-020</c>.</param>
    /// <param name="message">What was wrong, for people: which field, which value, why.</param>
    public IsmsError(string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Message = message;
    }

    /// <summary>The stable code of the broken rule (documented in docs/errors.md).</summary>
    public string Code { get; }

    /// <summary>What was wrong, for people. Never parse it: read the other members.</summary>
    public string Message { get; }

    /// <summary>The kind of entity or value concerned, as its type is named: <c>Asset</c>, <c>RiskScenario</c>,
    /// <c>CertificationRecord</c>; null when the error concerns no entity.</summary>
    public string? EntityKind { get; init; }

    /// <summary>The id of the entity concerned (<c>A-01</c>), or null when it has none or is not known.</summary>
    public string? EntityId { get; init; }

    /// <summary>The member of the entity that is wrong (<c>Owner</c>, <c>Inherent.Likelihood</c>, <c>DependsOn[2]</c>),
    /// or null when the error concerns the entity as a whole.</summary>
    public string? Member { get; init; }

    /// <summary>The offending value as text, as given (not escaped); null when there is none (a missing value).</summary>
    public string? Value { get; init; }

    /// <summary>
    /// Where the rule was broken, for messages and logs: <c>Asset[A-01].Owner</c>, <c>RiskScenario.Inherent</c>,
    /// <c>Owner</c>; empty when neither entity nor member is known.
    /// </summary>
    public string Location
    {
        get
        {
            var text = new StringBuilder();
            if (EntityKind is not null)
            {
                text.Append(EntityKind);
                if (EntityId is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"[{EntityId}]");
                }
            }

            if (Member is not null)
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(Member);
            }

            return text.ToString();
        }
    }

    /// <inheritdoc />
    public override string ToString() => Location.Length == 0 ? $"{Code}: {Message}" : $"{Code} {Location}: {Message}";
}
