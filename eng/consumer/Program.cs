// A consumer of the packed packages: if a package misses a dependency or an asset, this fails to build or run.
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Risks.Criteria;

var catalog = new ControlCatalog("demo", "Demo catalog", "consumer test", [new CatalogControl(new ControlId("C.1"), "Demo", "A control")]);
var levels = Enumerable.Range(1, 3).Select(i => new ScaleLevel($"L{i}", $"L{i}", i, $"level {i}", "#888888")).ToList();
var matrix = new RiskMatrix(
    new RiskScale("Likelihood", levels),
    new RiskScale("Consequence", levels),
    [new RiskLevelDefinition("Low", "L", "#00aa00", ""), new RiskLevelDefinition("High", "H", "#aa0000", "")],
    [[1, 1, 2], [1, 2, 2], [2, 2, 2]]);
var criteria = new RiskCriteria("Consumer 3x3", matrix, new RiskLevel(1));

try
{
    throw new IsmsException("CONSUMER-001", "exception type is usable");
}
catch (IsmsException ex) when (ex.Code == "CONSUMER-001")
{
    Console.WriteLine($"ok: {catalog.Controls.Length} control, criteria '{criteria.Name}', level of (3,3) = {matrix.LevelOf(new(3), new(3))}");
}
