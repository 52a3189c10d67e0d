namespace Isms.Serialization.Contracts;

/// <summary>
/// Codes of the errors the HTTP/JSON contracts report (<c>ISMS-JSON-0nn</c>): a request a host received names
/// something unknown or carries a payload that cannot be bound. Hosts answer them with 400 (or 422 when
/// <see cref="InvalidPayload"/> wraps a rule of the model).
/// </summary>
public static class ContractErrorCodes
{
    /// <summary>The trigger name is not a certification trigger (names are spelt as in a stored history, e.g. <c>CompleteStage1</c>).</summary>
    public const string UnknownTrigger = "ISMS-JSON-001";

    /// <summary>A trigger's payload is missing, malformed, has an unknown or missing member, a wrong type, or breaks a rule of the model.</summary>
    public const string InvalidPayload = "ISMS-JSON-002";

    /// <summary>The trigger is time-driven (the lifecycle fires it when a deadline passes); a person cannot fire it.</summary>
    public const string TimeDrivenTrigger = "ISMS-JSON-003";

    /// <summary>The actor is missing or not a valid person id.</summary>
    public const string InvalidActor = "ISMS-JSON-004";

    /// <summary>A simulation request's seed is not a whole number from 0 to 18446744073709551615 written as a string, or its iteration count is not positive.</summary>
    public const string InvalidSimulationRequest = "ISMS-JSON-005";
}
