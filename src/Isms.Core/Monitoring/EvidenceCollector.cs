namespace Isms.Core.Monitoring;

/// <summary>
/// Who collected an evidence item: a person of the ISMS, or an automated collector named with its version (e.g.
/// <c>okta-mfa-export 1.4.0</c>). Automated evidence counts only once a person accepted it
/// (<see cref="EvidenceItem.Acceptance"/>).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record EvidenceCollector
{
    private EvidenceCollector(PersonId? person, string? tool, string? version)
    {
        Person = person;
        Tool = tool;
        ToolVersion = version;
    }

    /// <summary>The person who collected it; <see langword="null"/> for an automated collector.</summary>
    public PersonId? Person { get; }

    /// <summary>The automated collector's name; <see langword="null"/> for a person.</summary>
    public string? Tool { get; }

    /// <summary>The automated collector's version; <see langword="null"/> for a person.</summary>
    public string? ToolVersion { get; }

    /// <summary>True when an automated collector produced it.</summary>
    public bool IsAutomated => Tool is not null;

    /// <summary>Evidence collected by a person of the ISMS.</summary>
    /// <param name="person">The person.</param>
    /// <exception cref="IsmsException">The id is empty (code <c>ISMS-CORE-001</c>).</exception>
    public static EvidenceCollector ByPerson(PersonId person) => new(Check.Id(person, "EvidenceCollector.Person"), null, null);

    /// <summary>Evidence produced by an automated collector.</summary>
    /// <param name="tool">The collector's name, e.g. <c>okta-mfa-export</c>.</param>
    /// <param name="version">Its version, e.g. <c>1.4.0</c>.</param>
    /// <exception cref="IsmsException">The name or version is empty (code <c>ISMS-CORE-002</c>).</exception>
    public static EvidenceCollector Automated(string tool, string version) =>
        new(null, Check.Text(tool, "EvidenceCollector.Tool"), Check.Text(version, "EvidenceCollector.ToolVersion"));

    /// <summary>Returns the person's id or <c>tool version</c>.</summary>
    public override string ToString() => Person is { } p ? p.Value : $"{Tool} {ToolVersion}";
}
