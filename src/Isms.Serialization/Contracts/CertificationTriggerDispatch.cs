using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Isms.Certification.Lifecycle;
using Isms.Core;

namespace Isms.Serialization.Contracts;

/// <summary>A request to fire a certification trigger, as a host receives it:
/// <c>{"trigger":"CompleteStage1","actor":"lead-auditor","note":"...","payload":{...}}</c>.</summary>
public sealed record CertificationEventRequest
{
    /// <summary>The trigger's name as in a stored history (e.g. <c>CompleteStage1</c>).</summary>
    public required string Trigger { get; init; }

    /// <summary>The person firing it; hosts should take it from the signed-in user instead (null here).</summary>
    public string? Actor { get; init; }

    /// <summary>A note for the history, or null.</summary>
    public string? Note { get; init; }

    /// <summary>The payload, shaped as the trigger's member in a stored history.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>Fires the request on a record (<see cref="CertificationTriggerDispatch.Fire"/>).</summary>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <param name="record">The record to advance.</param>
    /// <param name="signedInUser">The signed-in user: the actor whatever the body says; null to take <see cref="Actor"/>.</param>
    /// <returns>The record after the transition.</returns>
    /// <exception cref="IsmsException">No actor, or not a valid person id (<see cref="ContractErrorCodes.InvalidActor"/>);
    /// or the errors of <see cref="CertificationTriggerDispatch.Fire"/>.</exception>
    /// <exception cref="Isms.Certification.CertificationException">The lifecycle refuses the trigger (<c>ISMS-CERT-001</c>).</exception>
    public CertificationRecord FireOn(CertificationLifecycle lifecycle, CertificationRecord record, PersonId? signedInUser = null)
    {
        PersonId actor;
        if (signedInUser is { } user)
        {
            actor = user;
        }
        else
        {
            try
            {
                actor = new PersonId(Actor ?? throw new IsmsException(new IsmsError(ContractErrorCodes.InvalidActor, "The request names no actor.") { Member = "actor" }));
            }
            catch (IsmsException ex) when (ex.Error.Code != ContractErrorCodes.InvalidActor)
            {
                throw new IsmsException(new IsmsError(ContractErrorCodes.InvalidActor, $"The actor is not a valid person id ({ex.Error.Code}).") { Member = "actor", Value = Actor }, ex);
            }
        }

        return CertificationTriggerDispatch.Fire(lifecycle, record, Trigger, Payload ?? default, actor, Note);
    }
}

/// <summary>
/// Fires a certification trigger named by a string with a JSON payload, as a host receives it over HTTP: the untyped
/// door to the typed <see cref="CertificationLifecycle.Fire{TPayload}(CertificationRecord, PersonTrigger{TPayload}, TPayload, PersonId, string?, NodaTime.Instant)"/>.
/// </summary>
/// <remarks>Trigger names are spelt as in a stored certification history (<c>CompleteStage1</c>, case-sensitive) and the
/// payload has the shape of that trigger's member there (<c>stage1Report</c>'s shape for <c>CompleteStage1</c>): unknown
/// members, missing required members and wrong types are refused. Stateless and thread-safe.</remarks>
public static class CertificationTriggerDispatch
{
    /// <summary>Binds <paramref name="payload"/> to <paramref name="trigger"/>'s payload type and fires it.</summary>
    /// <param name="lifecycle">The lifecycle (its clock gives the event's instant, its policy the rules).</param>
    /// <param name="record">The record to advance.</param>
    /// <param name="trigger">The trigger's name, e.g. <c>CompleteStage1</c>.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="actor">Who fires it.</param>
    /// <param name="note">A note for the history, or null.</param>
    /// <returns>The record after the transition.</returns>
    /// <exception cref="IsmsException">The trigger is unknown (<see cref="ContractErrorCodes.UnknownTrigger"/>) or
    /// time-driven (<see cref="ContractErrorCodes.TimeDrivenTrigger"/>), or the payload cannot be bound or breaks a rule of
    /// the model (<see cref="ContractErrorCodes.InvalidPayload"/>, <see cref="IsmsError.Member"/> the JSON path); nothing
    /// changed.</exception>
    /// <exception cref="Isms.Certification.CertificationException">The lifecycle refuses the trigger in the record's
    /// state or its guards are unmet (<c>ISMS-CERT-001</c>); nothing changed.</exception>
    public static CertificationRecord Fire(CertificationLifecycle lifecycle, CertificationRecord record, string trigger, JsonElement payload, PersonId actor, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(trigger);
        var value = Parse(trigger);
        var at = lifecycle.Clock.GetCurrentInstant();
        var context = IsmsJson.Context;

        CertificationRecord Go<TContract, TPayload>(PersonTrigger<TPayload> person, JsonTypeInfo<TContract> type)
            where TContract : class, ITriggerPayloadContract
            where TPayload : TriggerPayload =>
            lifecycle.Fire(record, person, Bind(payload, type, value, c => (TPayload)c.ToPayload()), actor, note, at);

        return value switch
        {
            CertificationTrigger.AcceptApplication => Go(CertificationTriggers.AcceptApplication, context.ApplicationReviewContract),
            CertificationTrigger.DeclineApplication => Go(CertificationTriggers.DeclineApplication, context.ApplicationReviewContract),
            CertificationTrigger.PlanAudit => Go(CertificationTriggers.PlanAudit, context.AuditPlanContract),
            CertificationTrigger.CompleteStage1 => Go(CertificationTriggers.CompleteStage1, context.Stage1ReportContract),
            CertificationTrigger.CompleteStage2 => Go(CertificationTriggers.CompleteStage2, context.AuditReportContract),
            CertificationTrigger.VerifyCorrections => Go(CertificationTriggers.VerifyCorrections, context.CorrectionVerificationContract),
            CertificationTrigger.Grant => Go(CertificationTriggers.Grant, context.CertificationDecisionContract),
            CertificationTrigger.Refuse => Go(CertificationTriggers.Refuse, context.CertificationDecisionContract),
            CertificationTrigger.CompleteSurveillance => Go(CertificationTriggers.CompleteSurveillance, context.AuditReportContract),
            CertificationTrigger.CompleteRecertificationAudit => Go(CertificationTriggers.CompleteRecertificationAudit, context.AuditReportContract),
            CertificationTrigger.CompleteTransitionAudit => Go(CertificationTriggers.CompleteTransitionAudit, context.AuditReportContract),
            CertificationTrigger.CompleteRestorationAudit => Go(CertificationTriggers.CompleteRestorationAudit, context.AuditReportContract),
            CertificationTrigger.ExtendScope => Go(CertificationTriggers.ExtendScope, context.ScopeChangeContract),
            CertificationTrigger.ReduceScope => Go(CertificationTriggers.ReduceScope, context.ScopeChangeContract),
            CertificationTrigger.Transfer => Go(CertificationTriggers.Transfer, context.TransferRequestContract),
            CertificationTrigger.Suspend => Go(CertificationTriggers.Suspend, context.SuspensionNoticeContract),
            CertificationTrigger.Reinstate => Go(CertificationTriggers.Reinstate, context.ReinstatementContract),
            CertificationTrigger.Withdraw => Go(CertificationTriggers.Withdraw, context.WithdrawalNoticeContract),
            _ => throw new IsmsException(new IsmsError(ContractErrorCodes.TimeDrivenTrigger, $"Trigger {value} is time-driven: the lifecycle fires it when its deadline passes, a person cannot.")
            {
                Member = "trigger",
                Value = trigger,
            }),
        };
    }

    /// <summary>The trigger a name stands for, spelt as in a stored history.</summary>
    /// <param name="trigger">The name, e.g. <c>CompleteStage1</c>.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="IsmsException">No trigger has that name (<see cref="ContractErrorCodes.UnknownTrigger"/>).</exception>
    public static CertificationTrigger Parse(string trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        foreach (var value in Enum.GetValues<CertificationTrigger>())
        {
            if (string.Equals(value.ToString(), trigger, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new IsmsException(new IsmsError(ContractErrorCodes.UnknownTrigger, $"'{Truncate(trigger)}' is not a certification trigger; expected one of {string.Join(", ", CertificationTriggers.All.Where(t => !t.IsTimeDriven).Select(t => t.Trigger))}.")
        {
            Member = "trigger",
            Value = Truncate(trigger),
        });
    }

    private static TPayload Bind<TContract, TPayload>(JsonElement payload, JsonTypeInfo<TContract> type, CertificationTrigger trigger, Func<TContract, TPayload> convert)
        where TContract : class
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(trigger, "payload", $"the payload of {trigger} must be a JSON object, not {payload.ValueKind}", null);
        }

        TContract contract;
        try
        {
            contract = payload.Deserialize(type) ?? throw Invalid(trigger, "payload", $"the payload of {trigger} is null", null);
        }
        catch (JsonException ex)
        {
            var path = "payload" + (ex.Path is { Length: > 1 } p ? p[1..] : string.Empty);
            throw Invalid(trigger, path, $"the payload of {trigger} cannot be bound: {FirstLine(ex.Message)}", ex);
        }

        try
        {
            return convert(contract);
        }
        catch (IsmsException ex)
        {
            var member = ex.Error.Member is { } m ? "payload." + char.ToLowerInvariant(m[0]) + m[1..] : "payload";
            throw Invalid(trigger, member, $"the payload of {trigger} breaks a rule of the model ({ex.Error.Code}): {ex.Error.Message}", ex);
        }
    }

    private static IsmsException Invalid(CertificationTrigger trigger, string member, string message, Exception? inner)
    {
        var error = new IsmsError(ContractErrorCodes.InvalidPayload, message) { EntityKind = trigger.ToString(), Member = member };
        return inner is null ? new IsmsException(error) : new IsmsException(error, inner);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "...";
}
