namespace Isms.Risk.Tests.Quantitative;

/// <summary>One number for a sequence of draws that changes when any draw changes in any bit (FNV-1a over the doubles' bits).
/// The reference tests compare it with the same fingerprint of draws computed outside .NET.</summary>
internal static class DrawFingerprint
{
    public static ulong Of(ReadOnlySpan<double> values)
    {
        var h = 14695981039346656037UL;
        foreach (var v in values)
        {
            h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(v)) * 1099511628211UL;
        }

        return h;
    }
}
