using NodaTime;

namespace Isms.Core.Context;

/// <summary>
/// An internal or external issue relevant to the organisation's purpose that affects its ability to achieve the
/// intended outcomes of the ISMS. An issue may record that it was considered and found not relevant
/// (<see cref="Relevant"/> = false), which is how the Amd 1:2024 climate change determination is documented.
/// <para>ISO/IEC 27001:2022 clause 4.1; Amd 1:2024.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ContextIssue : IEntity<IssueId>
{
    /// <summary>The issue's id.</summary>
    public required IssueId Id { get; init => field = Check.Id(value, "ContextIssue.Id"); }

    /// <summary>The issue, e.g. <c>DORA applies to our banking customers from January 2025</c>.</summary>
    public required string Description { get; init => field = Check.Text(value, "ContextIssue.Description"); }

    /// <summary>Internal or external.</summary>
    public required IssueOrigin Origin { get; init; }

    /// <summary>The kind of issue.</summary>
    public required IssueKind Kind { get; init; }

    /// <summary>False when the issue was considered and determined not relevant (with the reason in <see cref="Effect"/>).</summary>
    public bool Relevant { get; init; } = true;

    /// <summary>How the issue affects the ISMS, or why it is not relevant.</summary>
    public string? Effect { get; init => field = Check.OptionalText(value, "ContextIssue.Effect"); }

    /// <summary>When the issue was identified or last reviewed.</summary>
    public required LocalDate IdentifiedOn { get; init; }
}
