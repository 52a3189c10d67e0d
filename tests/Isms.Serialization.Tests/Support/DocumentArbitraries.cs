using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Serialization.Tests.Support;

/// <summary>FsCheck generators of document models: text with every kind of character JSON must escape.</summary>
public static class DocumentArbitraries
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "-", ".", "\"", "\\", "/", "\n", "\t", "\u0001", "\u007f", "é", "ü", "中", "\u2028", "😀", "<", ">", "&", "'", "+",
    ];

    /// <summary>Non-blank text without surrounding white space (valid UTF-16: surrogates only in pairs).</summary>
    public static Gen<string> Text { get; } =
        Gen.Elements(Pieces).ArrayOf().Select(parts => "t" + string.Concat(parts) + "x");

    public static Arbitrary<ControlCatalog> Catalog() =>
        (from id in Text
         from name in Text
         from source in Text
         from count in Gen.Choose(0, 40)
         from themes in Gen.ArrayOf(Text, count)
         from titles in Gen.ArrayOf(Text, count)
         from extras in Gen.ArrayOf(Extras, count)
         select new ControlCatalog(id, name, source, Enumerable.Range(0, count).Select(i =>
             new CatalogControl(new ControlId(string.Create(CultureInfo.InvariantCulture, $"{i}.{titles[i].Length}")), themes[i], titles[i])
             {
                 Group = extras[i].Group,
                 IsNewIn2022 = extras[i].New,
                 Attributes = extras[i].Attributes,
             })))
        .ToArbitrary();

    internal static Gen<(string? Group, bool New, Iso27002Attributes? Attributes)> Extras { get; } =
        from hasGroup in Gen.Elements(true, false)
        from @group in Text
        from isNew in Gen.Elements(true, false)
        from hasAttributes in Gen.Elements(true, false)
        from types in Gen.Choose(1, 7)
        from properties in Gen.Choose(1, 7)
        from concepts in Gen.Choose(1, 31)
        from capabilities in Gen.Choose(1, (1 << 15) - 1)
        from domains in Gen.Choose(1, 15)
        select (hasGroup ? @group : null, isNew, hasAttributes
            ? new Iso27002Attributes((ControlTypes)types, (InformationSecurityProperties)properties, (CybersecurityConcepts)concepts, (OperationalCapabilities)capabilities, (SecurityDomains)domains)
            : null);
}
