using Isms.Testing;

namespace Isms.Oscal.Tests.Support;

/// <summary>
/// Where NIST's OSCAL documents for these tests are: NIST's catalogs, examples and JSON Schemas are public, but the
/// repository does not ship them (a user brings their own copy). They are read from the folder <c>shared/data/oscal</c>
/// beside the repository, or from <c>ISMS_OSCAL_DATA</c>; a test that needs them fails, never skips, when they are missing.
/// </summary>
internal static class OscalData
{
    public static string Folder { get; } = Find();

    /// <summary>The full path of a file of the data folder (e.g. <c>examples/ssp-example.json</c>); fails when it is missing.</summary>
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([Folder, .. parts]);
        Assert.True(File.Exists(path), $"NIST OSCAL test data missing: {path} (set ISMS_OSCAL_DATA to the folder holding NIST's OSCAL catalogs, examples and schema-1.0.6)");
        return path;
    }

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("ISMS_OSCAL_DATA");
        return !string.IsNullOrEmpty(configured)
            ? configured
            : System.IO.Path.Combine(RepositoryLayout.Root.Parent!.FullName, "shared", "data", "oscal");
    }
}
