using System.Text.Json;

namespace Isms.Serialization.Reading;

/// <summary>
/// Reads some arrays at the root of a document while the <see cref="DocumentScanner"/> checks it, so that the largest
/// parts of a document are tokenized once (see <see cref="Formats.IsmsRegisterCapture"/>). It must apply the scanner's
/// limits to everything it reads, and decline (<see cref="FastPathDeclinedException"/>) whatever it does not accept.
/// </summary>
internal interface IRootArrayReader
{
    /// <summary>True to read the root member of this (unescaped) name when its value is an array.</summary>
    bool Wants(ReadOnlySpan<byte> name);

    /// <summary>Reads the array: the reader is on its start and must be left on its end.</summary>
    void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> name);
}
