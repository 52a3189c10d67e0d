using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Risk.Quantitative.Engine;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// The engine's vectorised block sums against their one-value-at-a-time definitions, on every length (the vector loop
/// takes four values at a time and a scalar loop the rest) and on zeros, negatives and positives: a year with no loss
/// is 0 and must not count as a year with a loss.
/// </summary>
public sealed class BlockMathProperties
{
    /// <summary>Small integers as doubles: every sum is exact, so the vector and scalar orders agree to the bit.</summary>
    private static Arbitrary<double[]> Values() =>
        Gen.Choose(-3, 5).Select(v => (double)v).ArrayOf().ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Positives_are_counted_once_each_whatever_the_length() =>
        Prop.ForAll(Values(), values => BlockMath.CountPositives(values) == values.Count(v => v > 0));

    [Property(MaxTest = 300)]
    public Property Sum_and_positives_are_returned_and_every_value_is_added_to_its_target() =>
        Prop.ForAll(Values(), values =>
        {
            var target = values.Select((_, i) => (double)i).ToArray();

            var (sum, positives) = BlockMath.SumPositivesAndAdd(values, target);

            return sum == values.Sum() && positives == values.Count(v => v > 0) && target.Select((t, i) => t - i).SequenceEqual(values);
        });

    [Property(MaxTest = 300)]
    public Property Add_adds_each_value_to_the_target_at_the_same_position() =>
        Prop.ForAll(Values(), values =>
        {
            var target = values.Select((_, i) => 10.0 * i).ToArray();

            BlockMath.Add(values, target);

            return target.Select((t, i) => t - (10.0 * i)).SequenceEqual(values);
        });

    [Property(MaxTest = 300)]
    public Property Squared_deviations_are_summed_about_the_given_mean() =>
        Prop.ForAll(Values(), Gen.Choose(-2, 3).Select(m => (double)m).ToArbitrary(), (values, mean) =>
            BlockMath.SumOfSquaredDeviations(values, mean) == values.Sum(v => (v - mean) * (v - mean)));

    [Property(MaxTest = 100)]
    public Property Nothing_past_the_end_of_a_block_is_read_or_written() =>
        Prop.ForAll(Values(), values =>
        {
            // The block is the front of a longer buffer, as the engine's pooled buffers are: the values after it must
            // neither be counted nor changed.
            var source = values.Concat([7.0, 7.0, 7.0, 7.0]).ToArray();
            var target = new double[values.Length + 4];
            Array.Fill(target, -1.0, values.Length, 4);
            var block = source.AsSpan(0, values.Length);

            var counted = BlockMath.CountPositives(block);
            var (sum, positives) = BlockMath.SumPositivesAndAdd(block, target.AsSpan(0, values.Length));
            BlockMath.Add(block, target.AsSpan(0, values.Length));

            return counted == positives && sum == values.Sum() && target.Skip(values.Length).All(t => t == -1.0);
        });

    [Fact]
    public void Empty_blocks_sum_to_nothing()
    {
        Assert.Equal(0, BlockMath.CountPositives([]));
        Assert.Equal((0.0, 0), BlockMath.SumPositivesAndAdd([], []));
        Assert.Equal(0.0, BlockMath.SumOfSquaredDeviations([], 1));
    }
}
