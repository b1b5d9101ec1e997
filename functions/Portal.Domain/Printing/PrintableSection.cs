namespace Portal.Domain.Printing;

/// <summary>A titled block of the printed form; kept on one page when it fits on one.</summary>
public sealed record PrintableSection(string Title, IReadOnlyList<PrintableRow> Rows);
