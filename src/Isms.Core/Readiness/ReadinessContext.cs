using Ardalis.GuardClauses;
using NodaTime;

namespace Isms.Core.Readiness;

/// <summary>What a <see cref="IReadinessRule"/> evaluates: the ISMS, the date of the analysis and the options.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReadinessContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public ReadinessContext(InformationSecurityManagementSystem isms, LocalDate asOf, ReadinessOptions? options = null)
    {
        Guard.Against.Null(isms);
        Isms = isms;
        AsOf = asOf;
        Options = options ?? ReadinessOptions.Default;
    }

    /// <summary>The ISMS.</summary>
    public InformationSecurityManagementSystem Isms { get; }

    /// <summary>The date of the analysis.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The options.</summary>
    public ReadinessOptions Options { get; }

    /// <summary>True when the person exists and is active on <see cref="AsOf"/>.</summary>
    /// <param name="person">The person.</param>
    public bool IsActive(PersonId person) => Isms.People.TryGet(person, out var p) && p.IsActiveOn(AsOf);

    /// <summary>The person's name, or the id if unknown.</summary>
    /// <param name="person">The person.</param>
    public string NameOf(PersonId person) => Isms.People.TryGet(person, out var p) ? p.Name : person.Value;

    /// <summary>True when <paramref name="date"/> lies within <paramref name="period"/> before <see cref="AsOf"/> (inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <param name="period">The period.</param>
    public bool IsWithin(LocalDate date, Period period)
    {
        Guard.Against.Null(period);
        return date <= AsOf && date >= AsOf.Minus(period);
    }
}
