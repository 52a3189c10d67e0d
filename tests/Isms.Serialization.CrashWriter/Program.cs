using System.Globalization;
using Isms.Core.Catalogs;
using Isms.Serialization;
using Isms.Serialization.Storage;

namespace Isms.Serialization.CrashWriter;

/// <summary>
/// A writer process for the storage tests:
/// <c>write PATH CONTROLS</c> saves generation after generation of a catalog until killed (prints "ready" after the
/// first save); <c>increment PATH COUNT</c> adds COUNT to a counter document with load-change-save and retries on
/// conflicts, then exits 0.
/// </summary>
public static class Program
{
    /// <summary>Runs one mode; see the type summary.</summary>
    public static int Main(string[] args)
    {
        var store = new DocumentFileStore();
        var path = args[1];
        var number = int.Parse(args[2], CultureInfo.InvariantCulture);
        switch (args[0])
        {
            case "write":
                Write(store, path, number);
                return 0;
            case "increment":
                Increment(store, path, number);
                return 0;
            default:
                Console.Error.WriteLine("usage: write PATH CONTROLS | increment PATH COUNT");
                return 2;
        }
    }

    /// <summary>Generation <paramref name="generation"/> of the crash test's catalog: every title names the generation.</summary>
    public static ControlCatalog Generation(long generation, int controls) => new(
        "crash-test",
        string.Create(CultureInfo.InvariantCulture, $"generation {generation}"),
        "crash writer",
        Enumerable.Range(1, controls).Select(i => new CatalogControl(
            new ControlId(string.Create(CultureInfo.InvariantCulture, $"C.{i}")),
            "Theme",
            string.Create(CultureInfo.InvariantCulture, $"control {i} of generation {generation}"))));

    private static void Write(DocumentFileStore store, string path, int controls)
    {
        var version = store.CurrentVersion(path);
        var generation = version.IsNone ? 0L : long.Parse(store.Load<ControlCatalog>(path).Document.Name.Split(' ')[1], CultureInfo.InvariantCulture);
        var ready = false;
        while (true)
        {
            generation++;
            version = store.Save(path, Generation(generation, controls), version);
            if (!ready)
            {
                Console.Out.WriteLine("ready");
                Console.Out.Flush();
                ready = true;
            }
        }
    }

    private static void Increment(DocumentFileStore store, string path, int count)
    {
        for (var done = 0; done < count;)
        {
            var current = store.CurrentVersion(path).IsNone ? null : store.Load<ControlCatalog>(path);
            var value = current is null ? 0 : int.Parse(current.Document.Name.Split(' ')[1], CultureInfo.InvariantCulture);
            try
            {
                store.Save(path, Counter(value + 1), current?.Version ?? DocumentVersion.None);
                done++;
            }
            catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict)
            {
                // Someone else saved in between: load again and retry.
            }
        }
    }

    /// <summary>A counter document: the value is in the catalog's name.</summary>
    public static ControlCatalog Counter(int value) => new(
        "counter",
        string.Create(CultureInfo.InvariantCulture, $"counter {value}"),
        "crash writer",
        [new CatalogControl(new ControlId("1"), "Theme", "counter")]);
}
