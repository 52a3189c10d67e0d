using System.Collections.Immutable;
using NodaTime;

namespace Isms.Core.Improvement;

/// <summary>
/// A nonconformity: where it came from, the correction, the root cause, the corrective actions, the verification
/// of their effectiveness, and closure. A nonconformity closes only after its corrective actions were verified
/// effective: <see cref="Close"/> enforces it and the ISMS rejects a closed nonconformity without such a
/// verification (<c>ISMS-CORE-040</c>).
/// <para>ISO/IEC 27001:2022 clause 10.2 a-g.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record Nonconformity : IEntity<NonconformityId>
{
    /// <summary>The nonconformity's id.</summary>
    public required NonconformityId Id { get; init => field = Check.Id(value, "Nonconformity.Id"); }

    /// <summary>What does not conform, and to which requirement.</summary>
    public required string Description { get; init => field = Check.Text(value, "Nonconformity.Description"); }

    /// <summary>Where it was detected.</summary>
    public required NonconformitySource Source { get; init; }

    /// <summary>The audit finding it was raised from, when from an internal audit.</summary>
    public FindingId? Finding { get; init => field = Check.OptionalId(value, "Nonconformity.Finding"); }

    /// <summary>The grade, when graded by an audit.</summary>
    public Performance.FindingGrade? Grade { get; init; }

    /// <summary>When it was raised.</summary>
    public required LocalDate RaisedOn { get; init; }

    /// <summary>Who owns its resolution.</summary>
    public required PersonId Owner { get; init => field = Check.Id(value, "Nonconformity.Owner"); }

    /// <summary>The correction: the immediate action to control and correct it (10.2 a).</summary>
    public string? Correction { get; init => field = Check.OptionalText(value, "Nonconformity.Correction"); }

    /// <summary>The root cause (10.2 b 2).</summary>
    public string? RootCause { get; init => field = Check.OptionalText(value, "Nonconformity.RootCause"); }

    /// <summary>The corrective actions (10.2 c).</summary>
    public ImmutableArray<CorrectiveAction> CorrectiveActions { get; init => field = Check.List(value, "Nonconformity.CorrectiveActions"); } = [];

    /// <summary>The verification of the effectiveness of the corrective actions (10.2 d).</summary>
    public EffectivenessVerification? Verification { get; init; }

    /// <summary>When it was closed; <see langword="null"/> while open.</summary>
    public LocalDate? ClosedOn { get; init; }

    /// <summary>True while not closed.</summary>
    public bool IsOpen => ClosedOn is null;

    /// <summary>True when the corrective actions were verified effective.</summary>
    public bool IsVerifiedEffective => Verification is { Effective: true };

    /// <summary>Returns the nonconformity closed on <paramref name="date"/>.</summary>
    /// <param name="date">The closure date.</param>
    /// <exception cref="IsmsException">Effectiveness has not been verified (<c>ISMS-CORE-040</c>).</exception>
    public Nonconformity Close(LocalDate date)
    {
        if (!IsVerifiedEffective)
        {
            throw Fault.Of(
                IsmsErrorCodes.ClosedWithoutVerification,
                $"Nonconformity '{Id}' cannot close: the effectiveness of its corrective actions has not been verified (Nonconformity.Verification).",
                nameof(Nonconformity),
                Id.Value,
                nameof(Verification));
        }

        return this with { ClosedOn = date };
    }
}
