namespace Isms.Serialization.Tests.Fuzz;

/// <summary>Damage that ignores the format: flipped bits, stray bytes, invalid UTF-8, truncation, cut and repeated ranges, byte order marks.</summary>
public static class ByteMutations
{
    /// <summary>Byte sequences that are not valid UTF-8 (or are valid but unwelcome: NUL, a BOM in the middle).</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE0, 0x80, 0xAF], [0x00], [0xEF, 0xBB, 0xBF],
    ];

    /// <summary>Every byte mutation.</summary>
    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("flip-bit", (input, random) =>
        {
            if (input.Length == 0)
            {
                return null;
            }

            var copy = (byte[])input.Clone();
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
            return copy;
        }),
        new("random-byte", (input, random) =>
        {
            if (input.Length == 0)
            {
                return null;
            }

            var copy = (byte[])input.Clone();
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
            return copy;
        }),
        new("invalid-utf8", (input, random) => Insert(input, random.Next(input.Length + 1), InvalidUtf8[random.Next(InvalidUtf8.Length)])),
        new("truncate", (input, random) => input.Length == 0 ? null : input[..random.Next(input.Length)]),
        new("cut-range", (input, random) =>
        {
            if (input.Length < 2)
            {
                return null;
            }

            var start = random.Next(input.Length);
            var length = 1 + random.Next(Math.Min(64, input.Length - start));
            return [.. input[..start], .. input[(start + length)..]];
        }),
        new("repeat-range", (input, random) =>
        {
            if (input.Length == 0)
            {
                return null;
            }

            var start = random.Next(input.Length);
            var length = 1 + random.Next(Math.Min(64, input.Length - start));
            return Insert(input, start, input[start..(start + length)]);
        }),
        new("bom", (input, random) => random.Next(3) switch
        {
            0 => [0xFF, 0xFE, .. input],
            1 => [0xFE, 0xFF, .. input],
            _ => [0xEF, 0xBB, 0xBF, .. input],
        }),
        new("empty", (_, _) => []),
    ];

    /// <summary>The input with <paramref name="bytes"/> inserted at <paramref name="at"/>.</summary>
    public static byte[] Insert(byte[] input, int at, byte[] bytes) => [.. input[..at], .. bytes, .. input[at..]];
}
