using System.Diagnostics;
using System.Globalization;

namespace Isms.Serialization.Tests.Storage;

/// <summary>Starts Isms.Serialization.CrashWriter (built next to the tests) as a child process.</summary>
internal static class CrashWriterProcess
{
    public static Process Start(string mode, string path, int number)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Isms.Serialization.CrashWriter.dll");
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardOutput = false,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(number.ToString(CultureInfo.InvariantCulture));
        return Process.Start(start) ?? throw new InvalidOperationException("the writer process did not start");
    }
}
