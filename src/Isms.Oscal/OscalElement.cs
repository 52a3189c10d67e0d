using System.Text.Json;

namespace Isms.Oscal;

/// <summary>
/// One object of a read OSCAL document: the OSCAL definition it was checked against (<c>implemented-requirement</c>,
/// <c>finding</c>, <c>poam-item</c>), where it is, and its JSON exactly as read.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class OscalElement
{
    internal OscalElement(string definition, string path, JsonElement value)
    {
        Definition = definition;
        Path = path;
        Value = value;
    }

    /// <summary>The OSCAL definition's name, as the OSCAL model reference spells it (<c>implemented-requirement</c>).</summary>
    public string Definition { get; }

    /// <summary>The JSON path of the object in its document (<c>$['system-security-plan']['control-implementation']...</c>).</summary>
    public string Path { get; }

    /// <summary>The object's JSON, as read (checked against the definition; independent of the input's bytes).</summary>
    public JsonElement Value { get; }

    /// <summary>The object's <c>uuid</c>, when its definition has one.</summary>
    public Guid? Uuid => Text("uuid") is { } text && Guid.TryParseExact(text, "D", out var uuid) ? uuid : null;

    /// <summary>The text of one of the object's string members (<c>control-id</c>, <c>title</c>), or null when it is absent or not a string.</summary>
    /// <param name="member">The member's name.</param>
    /// <returns>The text, or null.</returns>
    public string? Text(string member) =>
        Value.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <inheritdoc />
    public override string ToString() => $"{Definition} at {Path}";
}
