using Microsoft.Extensions.Options;
using Portal.Domain.Printing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace Portal.Domain.Tests.Printing;

public sealed class PdfFormRendererTests
{
    private static readonly PdfFormRenderer Renderer = new(Options.Create(new PrintingOptions()));

    [Fact]
    public void Every_answer_of_the_resident_can_be_read_back_from_the_pdf()
    {
        var form = SampleForms.MovingNotice();
        using var pdf = PdfDocument.Open(Renderer.Render(form));
        var text = PdfText.All(pdf);

        Assert.All(SampleForms.Answers(form), answer => Assert.Contains(PdfText.Compact(answer), text));
        Assert.All(form.Sections.SelectMany(section => section.Rows), row => Assert.Contains(PdfText.Compact(row.Label), text));
    }

    [Fact]
    public void The_pdf_names_the_local_government_and_where_to_send_or_bring_the_form()
    {
        var form = SampleForms.MovingNotice();
        using var pdf = PdfDocument.Open(Renderer.Render(form));
        var firstPage = PdfText.Compact(pdf.GetPage(1));

        Assert.Contains("東京都千代田区", firstPage);
        Assert.Contains("住民異動届（転居届）", firstPage);
        Assert.Contains("提出先", firstPage);
        Assert.Contains("千代田区役所区民課住民記録係", firstPage);
        Assert.Contains(PdfText.Compact(SampleForms.Chiyoda.Address!), firstPage);
        Assert.Contains("03-3264-2111", firstPage);
        Assert.Contains(PdfText.Compact(SampleForms.Chiyoda.Note!), firstPage);
        Assert.Contains(PdfText.Compact(PrintableForm.DefaultNote), firstPage);
        Assert.Contains("令和8年11月27日21時21分", firstPage);
    }

    [Fact]
    public void A_form_longer_than_a_page_continues_on_numbered_pages()
    {
        using var pdf = PdfDocument.Open(Renderer.Render(SampleForms.MovingNotice()));

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("1/2", PdfText.Compact(pdf.GetPage(1)));
        Assert.Contains("2/2", PdfText.Compact(pdf.GetPage(2)));
        Assert.Contains("東京都千代田区住民異動届（転居届）（続き）", PdfText.Compact(pdf.GetPage(2)));
    }

    [Fact]
    public void Every_page_is_a4()
    {
        using var pdf = PdfDocument.Open(Renderer.Render(SampleForms.MovingNotice()));

        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
        });
    }

    [Fact]
    public void A_long_answer_wraps_onto_several_lines_within_the_page()
    {
        using var pdf = PdfDocument.Open(Renderer.Render(SampleForms.MovingNotice()));
        var page = pdf.GetPages().Single(p => PdfText.Compact(p).Contains(PdfText.Compact(SampleForms.LongRemarks), StringComparison.Ordinal));
        var letters = page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        var text = string.Concat(letters.Select(letter => letter.Value));
        var start = text.IndexOf(PdfText.Compact(SampleForms.LongRemarks), StringComparison.Ordinal);
        var remarks = letters.Skip(start).Take(PdfText.Compact(SampleForms.LongRemarks).Length).ToList();

        Assert.True(remarks.Select(letter => Math.Round(letter.StartBaseLine.Y)).Distinct().Count() >= 3);
        Assert.All(remarks, letter => Assert.InRange(letter.EndBaseLine.X, 0, page.Width - 40));
    }

    [Fact]
    public void An_answer_taller_than_a_page_is_split_across_pages_without_losing_a_line()
    {
        var lines = Enumerable.Range(1, 80).Select(number => $"第{number}行目の記載です。").ToList();
        var form = SampleForms.MovingNotice() with
        {
            Sections = [new PrintableSection("備考", [new PrintableRow("連絡事項", string.Join("\n", lines))])],
        };

        using var pdf = PdfDocument.Open(Renderer.Render(form));
        var text = PdfText.All(pdf);

        Assert.Equal(3, pdf.NumberOfPages);
        Assert.All(lines, line => Assert.Contains(line, text));
        Assert.Contains("備考（続き）", PdfText.Compact(pdf.GetPage(2)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_signature_and_seal_box_is_printed_only_when_the_procedure_needs_it(bool requiresSignature)
    {
        using var pdf = PdfDocument.Open(Renderer.Render(SampleForms.MovingNotice(requiresSignature)));
        var text = PdfText.All(pdf);

        Assert.Equal(requiresSignature, text.Contains("署名・押印欄", StringComparison.Ordinal));
        Assert.Equal(requiresSignature, text.Contains("氏名（自署）", StringComparison.Ordinal));
    }

    [Fact]
    public void The_japanese_font_is_embedded_so_the_pdf_prints_the_same_anywhere()
    {
        using var pdf = PdfDocument.Open(Renderer.Render(SampleForms.MovingNotice()));
        var scanner = pdf.Structure.TokenScanner;

        Assert.All(pdf.GetPages(), page =>
        {
            var resources = Resolve<DictionaryToken>(page.Dictionary.Data["Resources"], scanner);
            var fonts = Resolve<DictionaryToken>(resources.Data["Font"], scanner);
            Assert.NotEmpty(fonts.Data);
            foreach (var reference in fonts.Data.Values)
            {
                var font = Resolve<DictionaryToken>(reference, scanner);
                var descendants = Resolve<ArrayToken>(font.Data["DescendantFonts"], scanner);
                var descendant = Resolve<DictionaryToken>(descendants.Data[0], scanner);
                var descriptor = Resolve<DictionaryToken>(descendant.Data["FontDescriptor"], scanner);
                Assert.True(descriptor.Data.ContainsKey("FontFile2"), "the TrueType font program is embedded");
                Assert.Contains("IPAexGothic", ((NameToken)font.Data["BaseFont"]).Data, StringComparison.Ordinal);
            }
        });
    }

    private static T Resolve<T>(IToken token, UglyToad.PdfPig.Tokenization.Scanner.IPdfTokenScanner scanner)
        where T : class, IToken =>
        DirectObjectFinder.Get<T>(token, scanner) ?? throw new InvalidOperationException($"No {typeof(T).Name} in the PDF.");

    [Fact]
    public void A_configured_font_path_that_does_not_exist_fails_naming_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-font-{Guid.NewGuid():N}", "ipaexg.ttf");
        var renderer = new PdfFormRenderer(Options.Create(new PrintingOptions { FontPath = missing }));

        var error = Assert.Throws<PrintingFontNotFoundException>(() => renderer.Render(SampleForms.MovingNotice()));

        Assert.Contains("Printing:FontPath", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
