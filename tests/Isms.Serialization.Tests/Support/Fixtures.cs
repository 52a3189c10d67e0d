using Isms.Testing;

namespace Isms.Serialization.Tests.Support;

/// <summary>Paths of the fixture files in the source tree (so golden files can be regenerated in place).</summary>
internal static class Fixtures
{
    public static string Folder { get; } = System.IO.Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Serialization.Tests", "Fixtures");

    public static string SchemaFolder { get; } = System.IO.Path.Combine(RepositoryLayout.Root.FullName, "docs", "schema");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Folder, .. parts]);

    /// <summary>True when golden files and schemas should be rewritten instead of compared (ISMS_UPDATE_SCHEMA=1).</summary>
    public static bool Update => Environment.GetEnvironmentVariable("ISMS_UPDATE_SCHEMA") == "1";
}
