using Isms.Core;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// Who recorded an event of a certification record: a person (<see cref="Person"/>), or the clock
/// (<see cref="Clock"/>) for the time-driven transitions <see cref="CertificationLifecycle.Advance(CertificationRecord, NodaTime.Instant)"/>
/// applies when a deadline passes. Only time-driven events are the clock's; every other event is a person's.
/// </summary>
/// <remarks>
/// As text (<see cref="ToString"/>, <see cref="Parse"/>, and the <c>actor</c> member of a <c>certification-record</c>
/// document) the clock is <c>clock</c> and a person is their id; the person id <c>clock</c> is therefore reserved.
/// </remarks>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record Actor
{
    /// <summary>The text that names the clock: <c>clock</c>.</summary>
    public const string ClockName = "clock";

    private Actor(PersonId? person) => Person = person;

    /// <summary>The clock: the actor of every time-driven transition, and of nothing else.</summary>
    public static Actor Clock { get; } = new((PersonId?)null);

    /// <summary>The person who recorded the event, or null for the clock.</summary>
    public PersonId? Person { get; }

    /// <summary>True for the clock.</summary>
    public bool IsClock => Person is null;

    /// <summary>A person as the actor of an event.</summary>
    /// <param name="person">The person's id; not empty, not <c>clock</c>.</param>
    /// <exception cref="CertificationException">The id is empty or <c>clock</c> (<c>ISMS-CERT-012</c>).</exception>
    public static Actor Of(PersonId person)
    {
        if (person.Value is null)
        {
            throw Require.Fail(CertificationErrorCodes.InvalidActor, nameof(Actor), nameof(Person), null, "The actor must name a person (was an empty PersonId).");
        }

        if (person.Value == ClockName)
        {
            throw Require.Fail(
                CertificationErrorCodes.InvalidActor,
                nameof(Actor),
                nameof(Person),
                person.Value,
                $"The person id '{ClockName}' is reserved for the clock, the actor of time-driven transitions; give the person another id.");
        }

        return new Actor(person);
    }

    /// <summary>Reads an actor from its text: <c>clock</c> is the clock, anything else a person's id.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="IsmsException">The text is not a valid person id (<c>ISMS-CORE-001</c>).</exception>
    public static Actor Parse(string text) => text == ClockName ? Clock : Of(new PersonId(text));

    /// <summary><c>clock</c>, or the person's id.</summary>
    public override string ToString() => Person?.Value ?? ClockName;
}
