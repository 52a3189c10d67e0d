using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Isms.Core.Catalogs;

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
         select new ControlCatalog(id, name, source, Enumerable.Range(0, count).Select(i =>
             new CatalogControl(new ControlId(string.Create(CultureInfo.InvariantCulture, $"{i}.{titles[i].Length}")), themes[i], titles[i]))))
        .ToArbitrary();
}
