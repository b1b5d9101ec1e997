using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Domain.Printing;

/// <summary>The sizes a printed form uses, all in the one Japanese font, embedded with Unicode so text can be copied.</summary>
internal sealed class FormFonts(string family)
{
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public XFont Authority { get; } = new(family, 14, XFontStyleEx.Regular, Embedded);

    public XFont Title { get; } = new(family, 18, XFontStyleEx.Bold, Embedded);

    public XFont Heading { get; } = new(family, 11.5, XFontStyleEx.Bold, Embedded);

    public XFont Body { get; } = new(family, 10.5, XFontStyleEx.Regular, Embedded);

    public XFont Small { get; } = new(family, 8.5, XFontStyleEx.Regular, Embedded);
}
