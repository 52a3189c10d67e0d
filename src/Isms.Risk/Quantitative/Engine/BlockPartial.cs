namespace Isms.Risk.Quantitative.Engine;

/// <summary>One scenario's moments over one block, merged with the other blocks' in block order (Chan et al.).</summary>
internal readonly record struct BlockPartial(int Count, double Mean, double M2, int Positives);
