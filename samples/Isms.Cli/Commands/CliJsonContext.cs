using System.Text.Json.Serialization;

namespace Isms.Cli.Commands;

/// <summary>Source-generated JSON metadata for the verbs' machine output.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
