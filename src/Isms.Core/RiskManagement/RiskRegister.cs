using System.Collections;

namespace Isms.Core.RiskManagement;

/// <summary>
/// The risk register: the organisation's risk scenarios keyed by <see cref="RiskId"/>, in insertion order.
/// Immutable; changes return a new register.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 (risk assessment), 8.2 (risk assessment results).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class RiskRegister : IReadOnlyList<RiskScenario>
{
    private RiskRegister(Register<RiskId, RiskScenario> scenarios) => Scenarios = scenarios;

    /// <summary>The empty register.</summary>
    public static RiskRegister Empty { get; } = new(Register<RiskId, RiskScenario>.Empty);

    /// <summary>The scenarios as a keyed register.</summary>
    public Register<RiskId, RiskScenario> Scenarios { get; }

    /// <summary>The number of risks.</summary>
    public int Count => Scenarios.Count;

    /// <summary>The risk at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    public RiskScenario this[int index] => Scenarios[index];

    /// <summary>The risk with this id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="IsmsException">No risk has this id (<c>ISMS-CORE-011</c>).</exception>
    public RiskScenario this[RiskId id] => Scenarios[id];

    /// <summary>Creates a register from scenarios.</summary>
    /// <param name="scenarios">The scenarios; ids unique.</param>
    /// <exception cref="IsmsException">Two risks share an id (<c>ISMS-CORE-010</c>).</exception>
    public static RiskRegister Of(IEnumerable<RiskScenario> scenarios) => new(Register<RiskId, RiskScenario>.Of(scenarios));

    /// <summary>Wraps a keyed register.</summary>
    /// <param name="scenarios">The scenarios.</param>
    public static RiskRegister From(Register<RiskId, RiskScenario> scenarios) =>
        new(scenarios ?? throw new ArgumentNullException(nameof(scenarios)));

    /// <summary>True when a risk with this id is registered.</summary>
    /// <param name="id">The id.</param>
    public bool Contains(RiskId id) => Scenarios.Contains(id);

    /// <summary>Finds a risk by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="risk">The risk, or <see langword="null"/>.</param>
    public bool TryGet(RiskId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RiskScenario? risk) => Scenarios.TryGet(id, out risk);

    /// <summary>Returns a register with the risk added.</summary>
    /// <param name="risk">The risk.</param>
    /// <exception cref="IsmsException">The id is already registered.</exception>
    public RiskRegister Add(RiskScenario risk) => new(Scenarios.Add(risk));

    /// <summary>Returns a register without the risk.</summary>
    /// <param name="id">The risk's id.</param>
    /// <exception cref="IsmsException">No risk has this id.</exception>
    public RiskRegister Remove(RiskId id) => new(Scenarios.Remove(id));

    /// <summary>Returns a register with the risk of the same id replaced.</summary>
    /// <param name="risk">The new version.</param>
    /// <exception cref="IsmsException">No risk has this id.</exception>
    public RiskRegister Replace(RiskScenario risk) => new(Scenarios.Replace(risk));

    /// <summary>The risks owned by a person.</summary>
    /// <param name="owner">The owner.</param>
    public IEnumerable<RiskScenario> OwnedBy(PersonId owner) => Scenarios.Where(r => r.Owner == owner);

    /// <summary>The risks affecting an asset.</summary>
    /// <param name="asset">The asset.</param>
    public IEnumerable<RiskScenario> Affecting(AssetId asset) => Scenarios.Where(r => r.Assets.Contains(asset));

    /// <summary>The risks treated by an applied control (planned or applied).</summary>
    /// <param name="control">The applied control.</param>
    public IEnumerable<RiskScenario> TreatedBy(AppliedControlId control) => Scenarios.Where(r => r.AllControls.Contains(control));

    /// <inheritdoc />
    public IEnumerator<RiskScenario> GetEnumerator() => Scenarios.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Describes the register.</summary>
    public override string ToString() => $"RiskRegister ({Count})";
}
