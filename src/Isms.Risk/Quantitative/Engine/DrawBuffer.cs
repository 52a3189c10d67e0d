using Isms.Risk.Quantitative.Sampling;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>
/// Per-event draws from one stream, sampled a chunk at a time into a reused array. The values do not depend on the
/// chunking: the stream is consumed in the same order either way.
/// </summary>
internal struct DrawBuffer
{
    private readonly double[] _buffer;
    private readonly CompiledDistribution _distribution;
    private Xoshiro256StarStar _rng;
    private int _position;

    public DrawBuffer(Xoshiro256StarStar rng, CompiledDistribution distribution, double[] buffer)
    {
        _rng = rng;
        _distribution = distribution;
        _buffer = buffer;
        _position = buffer.Length;
    }

    public double Next()
    {
        if (_distribution.IsConstant)
        {
            return _distribution.A;
        }

        if (_position == _buffer.Length)
        {
            Sampler.Fill(ref _rng, _distribution, _buffer);
            _position = 0;
        }

        return _buffer[_position++];
    }
}
