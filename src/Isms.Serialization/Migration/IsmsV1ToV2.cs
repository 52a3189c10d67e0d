using System.Globalization;
using System.Text.Json.Nodes;
using Isms.Serialization.Formats;

namespace Isms.Serialization.Migration;

/// <summary>
/// <c>isms</c> 1 -&gt; 2: version 2 adds the registers of evidence and control monitoring (issue 17):
/// <c>evidence</c>, <c>controlTests</c>, <c>monitoringActivities</c> and <c>plannedChanges</c> (clause 6.3), and a
/// measurement's <c>activity</c> and <c>evaluatedBy</c>. A version 1 document has none of them: the step writes the
/// four registers as empty lists, and refuses any of the new members in a version 1 document as an unknown member of
/// that version (otherwise a file claiming version 1 would be read with version 2 data no version 1 reader accepts).
/// </summary>
internal sealed class IsmsV1ToV2 : DocumentMigration
{
    /// <summary>The root members version 2 adds.</summary>
    internal static readonly string[] NewRegisters = ["evidence", "controlTests", "monitoringActivities", "plannedChanges"];

    /// <summary>The members version 2 adds to each measurement.</summary>
    internal static readonly string[] NewMeasurementMembers = ["activity", "evaluatedBy"];

    public override int FromVersion => 1;

    public override void Apply(JsonObject root)
    {
        foreach (var name in NewRegisters)
        {
            Refuse(root, "$", name);
        }

        if (root["measurements"] is JsonArray measurements)
        {
            for (var i = 0; i < measurements.Count; i++)
            {
                if (measurements[i] is JsonObject measurement)
                {
                    foreach (var name in NewMeasurementMembers)
                    {
                        Refuse(measurement, Mapping.Item("$.measurements", i), name);
                    }
                }
            }
        }

        foreach (var name in NewRegisters)
        {
            root[name] = new JsonArray();
        }
    }

    private void Refuse(JsonObject node, string path, string name)
    {
        if (node.ContainsKey(name))
        {
            throw new MappingException(
                DocumentErrorCodes.UnknownMember,
                $"{path}.{name}",
                string.Create(CultureInfo.InvariantCulture, $"unknown member '{name}' in a schemaVersion {FromVersion} document (it exists from schemaVersion 2)"),
                string.Create(CultureInfo.InvariantCulture, $"\"schemaVersion\": 2 for a document with '{name}'"));
        }
    }
}
