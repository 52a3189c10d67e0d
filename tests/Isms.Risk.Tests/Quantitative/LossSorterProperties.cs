using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// The radix sort of a sample against Array.Sort: the count of zero years and the positive losses in ascending order,
/// the same whatever the number of threads and however the sample is cut into chunks (a scenario's years arrive in
/// blocks), for few values (sorted directly) and for many (sorted by digits, in parallel above 131,072).
/// </summary>
public sealed class LossSorterProperties
{
    private static (int Zeros, double[] Positives) Expected(IEnumerable<double> values)
    {
        var all = values.ToArray();
        return (all.Count(v => v == 0), [.. all.Where(v => v > 0).Order()]);
    }

    /// <summary>Losses as a run produces them: many zero years, repeated values, and magnitudes from cents to 1e15.</summary>
    private static Arbitrary<double[]> Losses() =>
        Gen.Frequency(
            (3, Gen.Constant(0.0)),
            (3, Gen.Choose(1, 1_000).Select(v => (double)v)),
            (2, Gen.Choose(0, 1_000_000).Select(v => v * 1e-2)),
            (1, Gen.Choose(1, 15).Select(e => Math.Pow(10, e))),
            (1, Gen.Choose(1, int.MaxValue).Select(v => v * 1e6 / 3)))
        .ArrayOf().ToArbitrary();

    [Property(MaxTest = 200)]
    public Property A_sample_sorts_into_its_zeros_and_its_ascending_positives(int threads) =>
        Prop.ForAll(Losses(), values =>
        {
            var (zeros, positives) = LossSorter.SortedCopy(values, (Math.Abs(threads) % 4) + 1);
            var expected = Expected(values);

            return zeros == expected.Zeros && positives.SequenceEqual(expected.Positives);
        });

    [Property(MaxTest = 100)]
    public Property Chunks_sort_as_the_sample_they_make_with_the_zeros_no_chunk_holds(PositiveInt missing) =>
        Prop.ForAll(Losses(), Losses(), (first, second) =>
        {
            var (zeros, positives) = LossSorter.SortedCopy([first, second], first.Length + second.Length + missing.Get);
            var expected = Expected(first.Concat(second));

            return zeros == expected.Zeros + missing.Get && positives.SequenceEqual(expected.Positives);
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(-1)]
    public void A_large_sample_sorts_the_same_on_any_number_of_threads(int threads)
    {
        var random = new Random(17);
        var values = new double[300_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(4) == 0 ? 0 : Math.Exp(random.NextDouble() * 30);
        }

        var chunks = new[] { values[..100_000], values[100_000..250_000], values[250_000..] };

        var (zeros, positives) = LossSorter.SortedCopy(values, threads);
        var (chunkZeros, chunkPositives) = LossSorter.SortedCopy(chunks, values.Length + 5, threads);
        var expected = Expected(values);

        Assert.Equal(expected.Zeros, zeros);
        Assert.True(expected.Positives.AsSpan().SequenceEqual(positives), "sorted positives");
        Assert.Equal(expected.Zeros + 5, chunkZeros);
        Assert.True(expected.Positives.AsSpan().SequenceEqual(chunkPositives), "sorted positives of the chunks");
    }
}
