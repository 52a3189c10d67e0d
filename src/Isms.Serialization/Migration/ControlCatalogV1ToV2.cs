using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Isms.Serialization.Formats;

namespace Isms.Serialization.Migration;

/// <summary>
/// <c>control-catalog</c> 1 -&gt; 2: version 1 (the pre-release format) named the catalog id <c>catalogId</c> and
/// a control's title <c>name</c>; version 2 uses <c>id</c> and <c>title</c>, like every other kind.
/// </summary>
internal sealed partial class ControlCatalogV1ToV2 : DocumentMigration
{
    public override int FromVersion => 1;

    public override void Apply(JsonObject root)
    {
        Rename(root, "$", "catalogId", "id");
        if (root["controls"] is JsonArray controls)
        {
            for (var i = 0; i < controls.Count; i++)
            {
                if (controls[i] is JsonObject item)
                {
                    Rename(item, Mapping.Item("$.controls", i), "name", "title");
                }
            }
        }
    }

    public override string OriginalPath(string path) =>
        path == "$.id" ? "$.catalogId" : ControlTitle().Replace(path, "$1.name", 1);

    [GeneratedRegex(@"^(\$\.controls\[[0-9]+\])\.title(?=$|[.\[])", RegexOptions.CultureInvariant)]
    private static partial Regex ControlTitle();
}
