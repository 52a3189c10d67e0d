using System.Reflection;
using Isms.Core.Catalogs;

namespace Isms.Oscal.Crosswalks;

/// <summary>The crosswalks shipped with the package (docs/crosswalks.md: sources, licences, disagreements).</summary>
/// <threadsafety>This type is thread-safe; the crosswalks are loaded once.</threadsafety>
public static class CrosswalkSets
{
    /// <summary>The id of <see cref="Iso27001ToCsf2"/>.</summary>
    public const string Iso27001ToCsf2Id = "iso27001-2022-to-csf-2.0";

    private static readonly Lazy<Crosswalk> IsoToCsf = new(LoadIsoToCsf);

    /// <summary>
    /// ISO/IEC 27001:2022 Annex A to NIST CSF 2.0's 106 subcategories, authored by the Isms.Core team as facts (control
    /// id pairs, the relationship, a rationale in our own words), reviewed against NIST's informative references and
    /// ENISA's NIS2 mapping. Licence CC0-1.0.
    /// </summary>
    public static Crosswalk Iso27001ToCsf2 => IsoToCsf.Value;

    /// <summary>The shipped crosswalk to a target framework, by its short name (<c>csf-2.0</c>), or null.</summary>
    /// <param name="target">The short name of the target.</param>
    /// <returns>The crosswalk, or null when none is shipped.</returns>
    public static Crosswalk? To(string target) => target switch
    {
        "csf-2.0" => Iso27001ToCsf2,
        _ => null,
    };

    private static Crosswalk LoadIsoToCsf()
    {
        var targets = Lines("csf-2.0-subcategories.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(i => new ControlId(i));
        var entries = Lines("iso27001-2022-to-csf-2.0.tsv").Skip(1).Select(line =>
        {
            var fields = line.Split('\t');
            return new CrosswalkEntry(new ControlId(fields[0]), new ControlId(fields[1]), Enum.Parse<CrosswalkRelationship>(fields[2], ignoreCase: true), fields[3]);
        });
        return new Crosswalk(
            Iso27001ToCsf2Id,
            "ISO/IEC 27001:2022 Annex A",
            "NIST CSF 2.0",
            targets,
            entries,
            "Authored by the Isms.Core team as facts, reviewed against NIST's CSF 2.0 informative references and ENISA's NIS2 mapping",
            "CC0-1.0");
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
