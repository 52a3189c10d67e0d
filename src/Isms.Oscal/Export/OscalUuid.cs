using System.Security.Cryptography;
using System.Text;

namespace Isms.Oscal.Export;

/// <summary>Version-5 (name-based, SHA-1) UUIDs of RFC 4122: the same namespace and name give the same UUID.</summary>
internal static class OscalUuid
{
    public static Guid V5(Guid ns, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        ns.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input.AsSpan(16));
#pragma warning disable CA5350 // RFC 4122 defines version-5 UUIDs on SHA-1; this is naming, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
