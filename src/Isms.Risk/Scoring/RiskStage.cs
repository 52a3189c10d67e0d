namespace Isms.Risk.Scoring;

/// <summary>The three moments at which a risk is scored.</summary>
public enum RiskStage
{
    /// <summary>Before any control.</summary>
    Inherent = 0,

    /// <summary>With the controls in place today.</summary>
    Current = 1,

    /// <summary>After the treatment (the applied controls).</summary>
    Residual = 2,
}
