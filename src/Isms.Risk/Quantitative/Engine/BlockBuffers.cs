namespace Isms.Risk.Quantitative.Engine;

/// <summary>The scratch arrays of one worker: allocated once per worker and reused for every block it runs.</summary>
internal sealed class BlockBuffers
{
    public const int EventChunk = 1024;

    public BlockBuffers(int blockSize, int scenarios, bool correlated)
    {
        Frequency = new double[blockSize];
        Magnitude = new double[blockSize];
        Work1 = new double[blockSize];
        Work2 = new double[blockSize];
        Factor = new double[blockSize];
        Secondary = new double[blockSize];
        SecondaryFactor = new double[blockSize];
        SecondaryTotal = new double[blockSize];
        Loss = new double[correlated ? blockSize * scenarios : blockSize];
        EventLosses = new double[EventChunk];
        SecondaryLosses = new double[EventChunk];
        if (correlated)
        {
            Normals = new double[blockSize * scenarios];
            Independent = new double[scenarios];
            Keys = new double[blockSize];
            Order = new int[blockSize];
        }
    }

    public double[] Frequency { get; }

    public double[] Magnitude { get; }

    public double[] Work1 { get; }

    public double[] Work2 { get; }

    public double[] Factor { get; }

    public double[] Secondary { get; }

    public double[] SecondaryFactor { get; }

    public double[] SecondaryTotal { get; }

    public double[] Loss { get; }

    public double[] EventLosses { get; }

    public double[] SecondaryLosses { get; }

    public double[]? Normals { get; }

    public double[]? Independent { get; }

    public double[]? Keys { get; }

    public int[]? Order { get; }
}
