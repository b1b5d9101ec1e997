using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.Domain.Tests.Printing;

/// <summary>Reads a rendered PDF back the way a machine would: the text of its pages, without spaces and line breaks.</summary>
internal static class PdfText
{
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static string Compact(Page page) => Compact(string.Concat(page.Letters.Select(letter => letter.Value)));

    public static string All(PdfDocument document) => string.Concat(document.GetPages().Select(Compact));
}
