using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// ln k!, which the Poisson sampler for rates of 10 and more (PTRS) uses to accept a count: from a table up to 127 and
/// from Stirling's series above. A wrong value accepts counts with the wrong probability, which only large samples show.
/// The expected values are ln Gamma(k + 1) from an independent implementation (C's lgamma, through Python's math module).
/// </summary>
public sealed class LogFactorialTests
{
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.693147180559945)]
    [InlineData(3, 1.7917594692280554)]
    [InlineData(10, 15.104412573075514)]
    [InlineData(50, 148.47776695177305)]
    [InlineData(127, 491.553448223298)]
    [InlineData(128, 496.40547848721764)]
    [InlineData(129, 501.2652908915793)]
    [InlineData(400, 2000.5006979832415)]
    [InlineData(1000, 5912.128178488163)]
    [InlineData(123456, 1323904.4924837977)]
    [InlineData(1e9, 19723265848.226982)]
    public void Log_factorials_match_log_gamma_of_k_plus_1(double k, double expected)
    {
        Assert.Equal(expected, Sampler.LogFactorial(k), Math.Max(1e-13, Math.Abs(expected) * 1e-15) * 8);
    }

    [Fact]
    public void The_table_built_afresh_holds_ln_k_factorial_for_every_k_below_its_length()
    {
        var table = Sampler.BuildLogFactorials(128);

        Assert.Equal(128, table.Length);
        Assert.Equal((0.0, 0.0), (table[0], table[1]));
        for (var k = 2; k < 128; k++)
        {
            Assert.Equal(table[k - 1] + Math.Log(k), table[k], 1e-12);
        }

        Assert.Equal(491.553448223298, table[127], 1e-11);
    }
}
