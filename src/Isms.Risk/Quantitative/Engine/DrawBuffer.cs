using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>
/// Per-event draws from one stream, sampled a chunk at a time into a reused array. When the number of draws is known
/// (the events of a block), no more are sampled than will be used. The values do not depend on the chunking: the stream
/// is consumed in the same order either way.
/// </summary>
internal struct DrawBuffer
{
    private readonly double[] _buffer;
    private readonly CompiledDistribution _distribution;
    private Xoshiro256StarStar _rng;
    private int _position;
    private int _filled;
    private long _remaining;

    public DrawBuffer(Xoshiro256StarStar rng, CompiledDistribution distribution, double[] buffer, long expected = long.MaxValue)
    {
        _rng = rng;
        _distribution = distribution;
        _buffer = buffer;
        _position = 0;
        _filled = 0;
        _remaining = expected;
    }

    public double Next()
    {
        if (_distribution.IsConstant)
        {
            return _distribution.A;
        }

        if (_position == _filled)
        {
            Refill();
        }

        return _buffer[_position++];
    }

    private void Refill()
    {
        _filled = (int)Math.Min(_buffer.Length, Math.Max(1, _remaining));
        _remaining -= _filled;
        Sampler.Fill(ref _rng, _distribution, _buffer.AsSpan(0, _filled));
        _position = 0;
    }
}
