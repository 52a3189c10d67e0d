namespace Isms.Core.Catalogs;

/// <summary>
/// One row of a correspondence between two catalogs: a control of the source catalog and a control of the target
/// catalog it maps to (e.g. <c>A.12.6.1</c> to <c>8.8</c>). A source control may map to several targets and a target
/// may receive several sources.
/// <para>ISO/IEC 27002:2022 Annex B, Table B.2 (correspondence of the 2013 controls with the 2022 controls).</para>
/// </summary>
/// <param name="Source">The control id in the source catalog.</param>
/// <param name="Target">The control id in the target catalog.</param>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly record struct ControlMappingPair(ControlId Source, ControlId Target);
