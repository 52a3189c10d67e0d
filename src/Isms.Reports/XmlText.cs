using System.Text;
using System.Xml;

namespace Isms.Reports;

/// <summary>Makes any text safe for an XML document: characters XML 1.0 cannot carry (control characters, lone
/// surrogates) become U+FFFD; markup characters are escaped later by the XML writer.</summary>
internal static class XmlText
{
    /// <summary>The text, or a copy with each character XML cannot carry replaced by U+FFFD.</summary>
    public static string Clean(string text)
    {
        var i = FirstInvalid(text);
        if (i < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
