using System.Buffers.Binary;
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

    /// <summary>A table sized for a document of <paramref name="documentBytes"/> bytes (64 to 65,536 entries: 512 KB at most, for documents of 4 MB or more).</summary>
    public StringTable(int documentBytes)
    {
        var size = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(documentBytes / 64, 1)), 64u, 65536u);
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

        var index = Hash(utf8) & _mask;
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

    /// <summary>
    /// A constant-time hash of length, first and last 8 bytes: enough to spread ids and short texts, and a collision
    /// only costs a miss (the entry is compared before use), so crafted collisions cannot slow a read down.
    /// </summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        ulong h;
        if (utf8.Length >= 8)
        {
            var first = BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            var last = BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]);
            h = (first * 0x9E3779B97F4A7C15UL) ^ ((last + (ulong)utf8.Length) * 0xC2B2AE3D27D4EB4FUL);
        }
        else
        {
            h = (ulong)utf8.Length;
            foreach (var b in utf8)
            {
                h = (h << 8) | b;
            }

            h *= 0x9E3779B97F4A7C15UL;
        }

        return (int)(h >> 33);
    }
}
