namespace Isms.Testing;

/// <summary>Finds the repository root (the folder holding Isms.Core.sln) from the test's output folder.</summary>
internal static class RepositoryLayout
{
    public static DirectoryInfo Root { get; } = FindRoot();

    private static DirectoryInfo FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Isms.Core.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"Isms.Core.sln not found above {AppContext.BaseDirectory}");
    }
}
