using System.Text;
using System.Text.Json;
using Isms.Serialization.Contracts;

namespace Isms.Cli.Commands;

/// <summary>The verbs' <c>--format json</c>: the shared contracts (<see cref="IsmsJson"/>), so <c>isms</c> prints what a web
/// host returns, indented for people, serialised without reflection.</summary>
internal static class CliJson
{
    /// <summary>Writes a contract, indented, then a line end.</summary>
    public static void Write<T>(T contract, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            JsonSerializer.Serialize(json, contract, IsmsJson.TypeInfo<T>());
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
