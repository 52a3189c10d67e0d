using System.Reflection;
using Isms.Core.Catalogs;

namespace Isms.Oscal.Crosswalks;

/// <summary>The crosswalks shipped with the package (docs/crosswalks.md: sources, licences, disagreements).</summary>
/// <threadsafety>This type is thread-safe; the crosswalks are loaded once.</threadsafety>
public static class CrosswalkSets
{
    /// <summary>The id of <see cref="Iso27001ToCsf2"/>.</summary>
    public const string Iso27001ToCsf2Id = "iso27001-2022-to-csf-2.0";

    /// <summary>The id of <see cref="Iso27001ToSp80053r5"/>.</summary>
    public const string Iso27001ToSp80053r5Id = "iso27001-2022-to-sp800-53r5";

    private static readonly Lazy<Crosswalk> IsoToCsf = new(() => Load(
        Iso27001ToCsf2Id,
        "NIST CSF 2.0",
        "csf-2.0-subcategories.txt",
        "iso27001-2022-to-csf-2.0.tsv",
        "Authored by the Isms.Core team as facts, reviewed against NIST's CSF 2.0 informative references and ENISA's NIS2 mapping"));

    private static readonly Lazy<Crosswalk> IsoTo80053 = new(() => Load(
        Iso27001ToSp80053r5Id,
        "NIST SP 800-53 rev5",
        "sp800-53r5-controls.txt",
        "iso27001-2022-to-sp800-53r5.tsv",
        "Authored by the Isms.Core team as facts, reviewed against NIST's SP 800-53 rev5 to ISO/IEC 27001:2022 mapping tables"));

    /// <summary>
    /// ISO/IEC 27001:2022 Annex A to NIST CSF 2.0's 106 subcategories, authored by the Isms.Core team as facts (control
    /// id pairs, the relationship, a rationale in our own words), reviewed against NIST's informative references and
    /// ENISA's NIS2 mapping. Licence CC0-1.0.
    /// </summary>
    public static Crosswalk Iso27001ToCsf2 => IsoToCsf.Value;

    /// <summary>
    /// ISO/IEC 27001:2022 Annex A to the 299 base controls of NIST SP 800-53 rev5 (release 5.1.1, withdrawn controls and
    /// enhancements left out), authored by the Isms.Core team as facts (control id pairs in OSCAL form such as
    /// <c>ac-2</c>, the relationship, a rationale in our own words), reviewed against NIST's SP 800-53 rev5 to
    /// ISO/IEC 27001:2022 mapping tables. Licence CC0-1.0.
    /// </summary>
    public static Crosswalk Iso27001ToSp80053r5 => IsoTo80053.Value;

    /// <summary>The short names <see cref="To"/> knows, in order: <c>csf-2.0</c>, <c>sp800-53r5</c>.</summary>
    public static IReadOnlyList<string> Targets { get; } = ["csf-2.0", "sp800-53r5"];

    /// <summary>The shipped crosswalk to a target framework, by its short name (<c>csf-2.0</c>, <c>sp800-53r5</c>), or null.</summary>
    /// <param name="target">The short name of the target.</param>
    /// <returns>The crosswalk, or null when none is shipped.</returns>
    public static Crosswalk? To(string target) => target switch
    {
        "csf-2.0" => Iso27001ToCsf2,
        "sp800-53r5" => Iso27001ToSp80053r5,
        _ => null,
    };

    /// <summary>Loads a shipped crosswalk: a file of target ids (white-space separated) and a TSV of entries.</summary>
    private static Crosswalk Load(string id, string target, string targetsFile, string entriesFile, string provenance)
    {
        var targets = Lines(targetsFile).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(i => new ControlId(i));
        var entries = Lines(entriesFile).Skip(1).Select(line =>
        {
            var fields = line.Split('\t');
            return new CrosswalkEntry(new ControlId(fields[0]), new ControlId(fields[1]), Enum.Parse<CrosswalkRelationship>(fields[2], ignoreCase: true), fields[3]);
        });
        return new Crosswalk(id, "ISO/IEC 27001:2022 Annex A", target, targets, entries, provenance, "CC0-1.0");
    }

    /// <summary>The lines of an embedded data file, without comments and empty lines (shipped data, checked by the tests).</summary>
    private static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Isms.Oscal.Crosswalks.Data." + name)
            ?? throw new InvalidOperationException($"The embedded crosswalk data '{name}' is missing from Isms.Oscal.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
