using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Domain.Printing;

/// <summary>
/// Lays a form out top to bottom on A4 pages: keeps track of the current page and position, starts a new page when
/// a block does not fit, and numbers the pages at the end ("1 / 2"). Sizes are in points.
/// </summary>
internal sealed class FormPageWriter : IDisposable
{
    private const double Margin = 42;
    private const double FooterHeight = 24;
    private const double Padding = 5;
    private const double LabelWidth = 150;
    private const double LineSpacing = 1.45;

    private static readonly XColor Ink = XColor.FromArgb(33, 33, 33);
    private static readonly XColor Muted = XColor.FromArgb(96, 96, 96);
    private static readonly XColor Shade = XColor.FromArgb(238, 238, 238);
    private static readonly XColor Rule = XColor.FromArgb(120, 120, 120);

    private readonly PdfDocument document;
    private readonly PrintableForm form;
    private readonly FormFonts fonts;
    private readonly Dictionary<(double Size, string Text), double> widths = [];
    private XGraphics? graphics;
    private PdfPage? page;
    private double y;

    public FormPageWriter(PdfDocument document, PrintableForm form, string fontFamily)
    {
        this.document = document;
        this.form = form;
        fonts = new FormFonts(fontFamily);
    }

    private XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page has been started.");

    private double PageWidth => page!.Width.Point;

    private double ContentWidth => PageWidth - 2 * Margin;

    private double ContentBottom => page!.Height.Point - Margin - FooterHeight;

    private double FreshPageCapacity => ContentBottom - Margin - ContinuationHeaderHeight;

    private double ContinuationHeaderHeight => LineHeight(fonts.Small) + 8;

    public void WriteHeader()
    {
        NewPage(continuation: false);
        DrawLine(form.LocalGovernmentName, fonts.Authority, Margin, XBrushes.Black);
        var generated = $"作成日時 {JapaneseDates.Format(form.GeneratedAt)}";
        var generatedWidth = Measure(generated, fonts.Small);
        Graphics.DrawString(generated, fonts.Small, new XSolidBrush(Muted), PageWidth - Margin - generatedWidth, y - LineHeight(fonts.Small) - 2, XStringFormats.TopLeft);
        y += 6;
        foreach (var line in Wrap(form.Title, fonts.Title, ContentWidth))
        {
            DrawCentered(line, fonts.Title);
        }

        foreach (var line in Wrap($"手続名：{form.ProcedureName}", fonts.Body, ContentWidth))
        {
            DrawCentered(line, fonts.Body);
        }

        y += 4;
        foreach (var line in Wrap(form.Note, fonts.Small, ContentWidth))
        {
            DrawLine(line, fonts.Small, Margin, new XSolidBrush(Muted));
        }

        y += 8;
    }

    public void WriteSubmitTo()
    {
        var destination = form.SubmitTo;
        var textWidth = ContentWidth - 2 * Padding - 4;
        var lines = new List<string>();
        lines.AddRange(Wrap(string.Join("　", new[] { destination.Body, destination.Department }.Where(Present)), fonts.Body, textWidth));
        AddLabelled(lines, "所在地", destination.Address, textWidth);
        AddLabelled(lines, "連絡先", destination.Contact, textWidth);
        if (Present(destination.Note))
        {
            lines.AddRange(Wrap(destination.Note!, fonts.Body, textWidth));
        }

        var heading = "提出先（郵送・持参先）";
        var height = LineHeight(fonts.Heading) + lines.Count * LineHeight(fonts.Body) + 3 * Padding;
        EnsureSpace(height + 10);
        Graphics.DrawRectangle(new XPen(Ink, 1.2), Margin, y, ContentWidth, height);
        y += Padding;
        DrawLine(heading, fonts.Heading, Margin + Padding + 2, XBrushes.Black);
        y += Padding;
        foreach (var line in lines)
        {
            DrawLine(line, fonts.Body, Margin + Padding + 2, new XSolidBrush(Ink));
        }

        y += Padding + 12;
    }

    public void WriteSection(PrintableSection section)
    {
        var rows = section.Rows.Select(row => new RowLayout(
            Wrap(row.Label, fonts.Body, LabelWidth - 2 * Padding),
            Wrap(row.Value, fonts.Body, ContentWidth - LabelWidth - 2 * Padding))).ToList();
        var total = TitleBarHeight + rows.Sum(RowHeight) + 10;
        // A section starts on a new page when it does not fit here but would on a page of its own.
        if (y + total > ContentBottom && total <= FreshPageCapacity)
        {
            NewPage(continuation: true);
        }

        EnsureSpace(TitleBarHeight + LineHeight(fonts.Body) + 2 * Padding);
        DrawTitleBar(section.Title);
        foreach (var row in rows)
        {
            WriteRow(section.Title, row);
        }

        y += 10;
    }

    public void WriteSignature()
    {
        var lineHeight = LineHeight(fonts.Body);
        var height = TitleBarHeight + 4 * lineHeight + 2 * Padding + 24;
        EnsureSpace(height);
        DrawTitleBar("署名・押印欄");
        var top = y;
        var boxHeight = height - TitleBarHeight;
        Graphics.DrawRectangle(new XPen(Rule, 0.6), Margin, top, ContentWidth, boxHeight);
        y += Padding;
        DrawLine("上記の内容に相違ありません。", fonts.Body, Margin + Padding, new XSolidBrush(Ink));
        DrawLine("記入日　　　　年　　　月　　　日", fonts.Body, Margin + Padding, new XSolidBrush(Ink));
        y += lineHeight;
        var nameLabel = "氏名（自署）";
        DrawLine(nameLabel, fonts.Body, Margin + Padding, new XSolidBrush(Ink));
        var underlineStart = Margin + Padding + Measure(nameLabel, fonts.Body) + 6;
        var sealSize = 44.0;
        var sealX = Margin + ContentWidth - Padding - sealSize - 8;
        Graphics.DrawLine(new XPen(Ink, 0.6), underlineStart, y - 2, sealX - 16, y - 2);
        var sealY = top + (boxHeight - sealSize) / 2;
        Graphics.DrawEllipse(new XPen(Rule, 0.6) { DashStyle = XDashStyle.Dash }, sealX, sealY, sealSize, sealSize);
        var seal = "印";
        Graphics.DrawString(seal, fonts.Body, new XSolidBrush(Muted), sealX + (sealSize - Measure(seal, fonts.Body)) / 2, sealY + (sealSize - LineHeight(fonts.Body)) / 2 + 2, XStringFormats.TopLeft);
        y = top + boxHeight + 10;
    }

    /// <summary>Numbers every page once all pages exist (the total is known only now).</summary>
    public void Finish()
    {
        graphics?.Dispose();
        graphics = null;
        var count = document.PageCount;
        for (var index = 0; index < count; index++)
        {
            var numbered = document.Pages[index];
            using var footer = XGraphics.FromPdfPage(numbered, XGraphicsPdfPageOptions.Append);
            var text = $"{index + 1} / {count}";
            var width = footer.MeasureString(text, fonts.Small).Width;
            footer.DrawString(text, fonts.Small, new XSolidBrush(Muted), (numbered.Width.Point - width) / 2, numbered.Height.Point - Margin, XStringFormats.TopLeft);
        }
    }

    public void Dispose() => graphics?.Dispose();

    private double TitleBarHeight => LineHeight(fonts.Heading) + 2 * Padding;

    private void WriteRow(string sectionTitle, RowLayout row)
    {
        var lineHeight = LineHeight(fonts.Body);
        var value = row.Value;
        var label = row.Label;
        var freshPage = false;
        while (value.Count > 0 || label.Count > 0)
        {
            var available = ContentBottom - y - 2 * Padding;
            var lines = Math.Max(label.Count, value.Count);
            var fitsFreshPage = lines * lineHeight <= FreshPageCapacity - TitleBarHeight - 2 * Padding;
            if (!freshPage && lines * lineHeight > available && (fitsFreshPage || available < 2 * lineHeight))
            {
                NewPage(continuation: true);
                DrawTitleBar($"{sectionTitle}（続き）");
                freshPage = true;
                continue;
            }

            // A row taller than a page is split: the lines that fit are drawn here, the rest on the next page.
            var take = Math.Min(lines, Math.Max(1, (int)Math.Floor(available / lineHeight + 1e-6)));
            var height = take * lineHeight + 2 * Padding;
            DrawRowFrame(height);
            DrawLines(label.Take(take).ToList(), Margin + Padding, y + Padding);
            DrawLines(value.Take(take).ToList(), Margin + LabelWidth + Padding, y + Padding);
            y += height;
            value = value.Skip(take).ToList();
            label = label.Skip(take).ToList();
            freshPage = false;
        }
    }

    private void DrawRowFrame(double height)
    {
        var pen = new XPen(Rule, 0.5);
        Graphics.DrawRectangle(pen, new XSolidBrush(Shade), Margin, y, LabelWidth, height);
        Graphics.DrawRectangle(pen, Margin + LabelWidth, y, ContentWidth - LabelWidth, height);
    }

    private void DrawLines(IReadOnlyList<string> lines, double x, double top)
    {
        var brush = new XSolidBrush(Ink);
        for (var index = 0; index < lines.Count; index++)
        {
            Graphics.DrawString(lines[index], fonts.Body, brush, x, top + index * LineHeight(fonts.Body), XStringFormats.TopLeft);
        }
    }

    private void DrawTitleBar(string title)
    {
        Graphics.DrawRectangle(new XPen(Ink, 0.8), new XSolidBrush(Shade), Margin, y, ContentWidth, TitleBarHeight);
        Graphics.DrawString(title, fonts.Heading, XBrushes.Black, Margin + Padding, y + Padding, XStringFormats.TopLeft);
        y += TitleBarHeight;
    }

    private void EnsureSpace(double height)
    {
        if (y + height > ContentBottom)
        {
            NewPage(continuation: true);
        }
    }

    private void NewPage(bool continuation)
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
        if (continuation)
        {
            DrawLine($"{form.LocalGovernmentName}　{form.Title}（続き）", fonts.Small, Margin, new XSolidBrush(Muted));
            Graphics.DrawLine(new XPen(Rule, 0.5), Margin, y + 2, PageWidth - Margin, y + 2);
            y += 8;
        }
    }

    private void AddLabelled(List<string> lines, string label, string? value, double width)
    {
        if (Present(value))
        {
            lines.AddRange(Wrap($"{label}：{value}", fonts.Body, width));
        }
    }

    private void DrawLine(string text, XFont font, double x, XBrush brush)
    {
        Graphics.DrawString(text, font, brush, x, y, XStringFormats.TopLeft);
        y += LineHeight(font);
    }

    private void DrawCentered(string text, XFont font)
    {
        DrawLine(text, font, (PageWidth - Measure(text, font)) / 2, XBrushes.Black);
    }

    private IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        JapaneseLineBreaker.Wrap(text, width, piece => Measure(piece, font));

    private double Measure(string text, XFont font)
    {
        if (!widths.TryGetValue((font.Size, text), out var width))
        {
            width = Graphics.MeasureString(text, font).Width;
            widths[(font.Size, text)] = width;
        }

        return width;
    }

    private static double LineHeight(XFont font) => font.Size * LineSpacing;

    private static bool Present(string? value) => !string.IsNullOrWhiteSpace(value);

    private double RowHeight(RowLayout row) => Math.Max(row.Label.Count, row.Value.Count) * LineHeight(fonts.Body) + 2 * Padding;

    private sealed record RowLayout(IReadOnlyList<string> Label, IReadOnlyList<string> Value);
}
