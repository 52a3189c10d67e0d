using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>
/// The ziggurats' layer tables, built afresh, against their definition (Marsaglia and Tsang 2000): 256 layers of equal
/// area under the curve, the base layer (a rectangle r wide plus the tail beyond r) included, with edges that fall from
/// the base to 0 at the top. A layer of the wrong area biases every draw that lands in it, which the sampling tests only
/// see as a small distortion.
/// </summary>
public sealed class ZigguratTableTests
{
    private static double NormalCurve(double x) => Math.Exp(-0.5 * x * x);

    [Fact]
    public void Every_normal_layer_holds_the_same_area_as_the_base_layer_and_its_tail()
    {
        var x = Ziggurat.BuildNormalX();
        var r = Ziggurat.NormalR;
        var tail = Math.Sqrt(2 * Math.PI) * SamplerTests.UpperTail(r); // the continued fraction: exact to double precision this far out
        var v = (r * NormalCurve(r)) + tail;

        Assert.Equal(257, x.Length);
        Assert.Equal((r, 0.0), (x[1], x[256]));
        Assert.Equal(v / NormalCurve(r), x[0], 1e-12);
        for (var i = 1; i < 256; i++)
        {
            Assert.True(x[i + 1] < x[i], $"edge {i + 1} ({x[i + 1]}) is not below edge {i} ({x[i]})");
            Assert.Equal(v, x[i] * (NormalCurve(x[i + 1]) - NormalCurve(x[i])), 1e-13);
        }
    }

    [Fact]
    public void Every_exponential_layer_holds_the_same_area_as_the_base_layer_and_its_tail()
    {
        var x = Ziggurat.BuildExponentialX();
        var r = Ziggurat.ExponentialR;
        var v = (r * Math.Exp(-r)) + Math.Exp(-r);

        Assert.Equal(257, x.Length);
        Assert.Equal((r, 0.0), (x[1], x[256]));
        Assert.Equal(v / Math.Exp(-r), x[0], 1e-12);
        for (var i = 1; i < 256; i++)
        {
            Assert.True(x[i + 1] < x[i], $"edge {i + 1} ({x[i + 1]}) is not below edge {i} ({x[i]})");
            Assert.Equal(v, x[i] * (Math.Exp(-x[i + 1]) - Math.Exp(-x[i])), 1e-13);
        }
    }
}
