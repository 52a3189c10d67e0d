using System.Text;
using Isms.Core.Catalogs;

namespace Isms.Serialization.Tests.Support;

/// <summary>Sample catalogs and helpers shared by the tests.</summary>
internal static class Catalogs
{
    /// <summary>A small catalog with non-ASCII text, quotes and back slashes.</summary>
    public static ControlCatalog Sample { get; } = new(
        "iso27001-2022-annex-a-sample",
        "ISO/IEC 27001:2022 Annex A (sample)",
        "ISO/IEC 27001:2022 Annex A titles as publicly transcribed",
        [
            new CatalogControl(new ControlId("5.1"), "Organizational", "Policies for information security"),
            new CatalogControl(new ControlId("5.7"), "Organizational", "Threat intelligence"),
            new CatalogControl(new ControlId("6.3"), "People", "Information security awareness, education and training"),
            new CatalogControl(new ControlId("7.4"), "Physical", "Physical security monitoring"),
            new CatalogControl(new ControlId("8.9"), "Technological", "Configuration management"),
            new CatalogControl(new ControlId("8.34"), "Technological", "Protection of \"information systems\" during audit testing \\ é ü 中文"),
        ]);

    public static bool SameAs(this ControlCatalog a, ControlCatalog b) =>
        a.Id == b.Id && a.Name == b.Name && a.Source == b.Source && a.Controls.SequenceEqual(b.Controls);

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>A valid current-version catalog document with <paramref name="controls"/> spliced in as the controls array body.</summary>
    public static string Document(string controls = """{"id":"5.1","theme":"Organizational","title":"Policies"}""", string extra = "") =>
        $$"""{"schemaVersion":2,"kind":"control-catalog","id":"c","name":"n","source":"s"{{extra}},"controls":[{{controls}}]}""";
}
