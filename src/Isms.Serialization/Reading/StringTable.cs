using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Isms.Serialization.Reading;

/// <summary>
/// A bounded table of the short ASCII strings of one document read: the same owner id, asset reference, enum name
/// or threat text read 50,000 times becomes one string, not 50,000. Two-way set-associative with the least recently
/// used of a set replaced: a register's own unique ids pass through without pushing out the references that repeat
/// (direct-mapped, one in 20 owner references of the benchmark's risk register missed). Its size is fixed whatever the
/// input: hostile documents cannot grow it.
/// </summary>
/// <threadsafety>Not thread-safe: one table per read, on the reading thread (see <see cref="DedupStringConverter"/>).</threadsafety>
internal sealed class StringTable : IDisposable
{
    /// <summary>Longer strings are rarely repeated; they are read as they are.</summary>
    private const int MaxBytes = 64;

    private string?[] _entries;
    private readonly int _shift;

    /// <summary>A table sized for a document of <paramref name="documentBytes"/> bytes (64 to 65,536 entries: 512 KB at most, for documents of 4 MB or more).</summary>
    public StringTable(int documentBytes)
    {
        var size = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(documentBytes / 64, 1)), 64u, 65536u);
        // Rented: a large document's table (512 KB) would otherwise be a large-object allocation per read.
        _entries = ArrayPool<string?>.Shared.Rent(size);
        Array.Clear(_entries);
        _shift = 64 - BitOperations.Log2((uint)size / 2);
    }

    /// <summary>The string value of the current token (a string token, not escaped, in one segment).</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var utf8 = reader.ValueSpan;
        if (utf8.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        // A set is two neighbouring entries, the most recently used first.
        var set = (int)(Hash(utf8) >> _shift) * 2;
        var recent = _entries[set];
        if (recent is not null && Ascii.Equals(utf8, recent))
        {
            return recent;
        }

        if (_entries[set + 1] is { } older && Ascii.Equals(utf8, older))
        {
            _entries[set + 1] = recent;
            _entries[set] = older;
            return older;
        }

        var value = reader.GetString()!;
        if (Ascii.IsValid(utf8))
        {
            _entries[set + 1] = recent;
            _entries[set] = value;
        }

        return value;
    }

    /// <summary>Returns the table's storage to the pool (cleared: it holds no strings afterwards); the table is not used again.</summary>
    public void Dispose()
    {
        if (_entries.Length > 0)
        {
            ArrayPool<string?>.Shared.Return(_entries, clearArray: true);
            _entries = [];
        }
    }

    /// <summary>
    /// A constant-time hash of length, first and last 8 bytes (Murmur3's 64-bit finaliser, which carries every input bit
    /// to the top bits the table indexes with): enough to spread ids and short texts, and a collision only costs a miss
    /// (the entry is compared before use), so crafted collisions cannot slow a read down. Ids differ in their last
    /// characters, the high bytes of a little-endian word: a plain multiplication and its low bits (as before) sent
    /// "AC-00001" to "AC-00099" to one entry.
    /// </summary>
    private static ulong Hash(ReadOnlySpan<byte> utf8)
    {
        ulong h;
        if (utf8.Length >= 8)
        {
            var first = BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            var last = BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]);
            h = Mix(first) ^ (last + (ulong)utf8.Length);
        }
        else
        {
            h = (ulong)utf8.Length;
            foreach (var b in utf8)
            {
                h = (h << 8) | b;
            }
        }

        return Mix(h);
    }

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }
}
