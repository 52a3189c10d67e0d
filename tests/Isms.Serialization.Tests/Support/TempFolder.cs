namespace Isms.Serialization.Tests.Support;

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        FullName = Directory.CreateTempSubdirectory("isms-store-").FullName;
    }

    public string FullName { get; }

    public string File(string name) => System.IO.Path.Combine(FullName, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullName, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still hold a handle for a moment; the OS temp cleanup takes it.
        }
    }
}
