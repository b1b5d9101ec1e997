using Microsoft.Extensions.Options;
using PdfSharp.Pdf;

namespace Portal.Domain.Printing;

/// <summary>
/// Renders a <see cref="PrintableForm"/> as an A4 PDF to print: the local government's name, where to send or bring
/// it, the answers in labelled rows (wrapped, over as many pages as needed, numbered) and, when the procedure needs it,
/// the 署名・押印欄. The Japanese font is embedded, so the PDF prints the same on any machine.
/// </summary>
public sealed class PdfFormRenderer
{
    // Loaded on first use, so that a host without the font still serves everything else; a failure is not cached,
    // so installing the font fixes it without a restart.
    private readonly Lazy<string> fontFamily;

    public PdfFormRenderer(IOptions<PrintingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        fontFamily = new Lazy<string>(
            () => PrintingFontResolver.Register(PrintingFontLocator.Locate(options.Value, AppContext.BaseDirectory)),
            LazyThreadSafetyMode.PublicationOnly);
    }

    /// <exception cref="PrintingFontNotFoundException">The font is not where <c>Printing:FontPath</c> (or the defaults) say.</exception>
    public byte[] Render(PrintableForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var family = fontFamily.Value;
        using var document = new PdfDocument();
        document.Info.Title = form.Title;
        document.Info.Subject = form.ProcedureName;
        document.Info.Creator = "マイナポータル";
        using (var writer = new FormPageWriter(document, form, family))
        {
            writer.WriteHeader();
            writer.WriteSubmitTo();
            foreach (var section in form.Sections)
            {
                writer.WriteSection(section);
            }

            if (form.RequiresSignature)
            {
                writer.WriteSignature();
            }

            writer.Finish();
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
