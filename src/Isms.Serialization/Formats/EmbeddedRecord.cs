namespace Isms.Serialization.Formats;

/// <summary>A record of another kind embedded whole in a document (e.g. the <c>risk-methodology</c> at <c>$.riskCriteria</c> of an <c>isms</c> document).</summary>
/// <param name="Path">The JSON path of the embedded object, e.g. <c>$.statementOfApplicability.embeddedCatalog</c>.</param>
/// <param name="Format">The embedded record's kind.</param>
internal sealed record EmbeddedRecord(string Path, DocumentFormat Format);
