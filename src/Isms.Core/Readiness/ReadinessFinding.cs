using System.Collections.Immutable;

namespace Isms.Core.Readiness;

/// <summary>
/// A gap the readiness analysis found: a stable code (documented in docs/concepts.md), the severity, the section and
/// clause or control concerned, a message a practitioner understands and the entities involved.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record ReadinessFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The stable code, e.g. <c>RDY-RSK-002</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="section">The clause (4-10) or Annex A.</param>
    /// <param name="reference">The clause or control, e.g. <c>6.1.3 f</c> or <c>A.5.15</c>.</param>
    /// <param name="message">What is wrong and what to do, for a practitioner.</param>
    /// <param name="entities">The entities involved.</param>
    public ReadinessFinding(string code, ReadinessSeverity severity, ReadinessSection section, string reference, string message, IEnumerable<EntityReference>? entities = null)
    {
        Code = Check.Text(code, "ReadinessFinding.Code");
        Severity = severity;
        Section = section;
        Reference = Check.Text(reference, "ReadinessFinding.Reference");
        Message = Check.Text(message, "ReadinessFinding.Message");
        Entities = entities is null ? [] : [.. entities];
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public ReadinessSeverity Severity { get; }

    /// <summary>The clause (4-10) or Annex A.</summary>
    public ReadinessSection Section { get; }

    /// <summary>The clause or control, e.g. <c>6.1.3 f</c> or <c>A.5.15</c>.</summary>
    public string Reference { get; }

    /// <summary>What is wrong and what to do.</summary>
    public string Message { get; }

    /// <summary>The entities involved.</summary>
    public ImmutableArray<EntityReference> Entities { get; }

    /// <summary>Returns e.g. <c>[Major] RDY-RSK-002 6.1.2 c 2: ...</c>.</summary>
    public override string ToString() => $"[{Severity}] {Code} {Reference}: {Message}";
}
