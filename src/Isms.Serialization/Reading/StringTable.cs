using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Isms.Serialization.Reading;

/// <summary>
/// A bounded table of the short ASCII strings of one document read: the same owner id, asset reference, enum name
/// or threat text read 50,000 times becomes one string, not 50,000. Direct-mapped (a colliding string replaces the
/// entry), so its size is fixed whatever the input: hostile documents cannot grow it.
/// </summary>
/// <threadsafety>Not thread-safe: one table per read, on the reading thread (see <see cref="DedupStringConverter"/>).</threadsafety>
internal sealed class StringTable
{
    /// <summary>Longer strings are rarely repeated; they are read as they are.</summary>
    private const int MaxBytes = 64;

    private readonly string?[] _entries;
    private readonly int _mask;

    /// <summary>A table sized for a document of <paramref name="documentBytes"/> bytes (64 to 8,192 entries).</summary>
    public StringTable(int documentBytes)
    {
        var size = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(documentBytes / 64, 1)), 64u, 8192u);
        _entries = new string?[size];
        _mask = size - 1;
    }

    /// <summary>The string value of the current token (a string token, not escaped, in one segment).</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var utf8 = reader.ValueSpan;
        if (utf8.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        var hash = new HashCode();
        hash.AddBytes(utf8);
        var index = hash.ToHashCode() & _mask;
        if (_entries[index] is { } cached && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        var value = reader.GetString()!;
        if (Ascii.IsValid(utf8))
        {
            _entries[index] = value;
        }

        return value;
    }
}
