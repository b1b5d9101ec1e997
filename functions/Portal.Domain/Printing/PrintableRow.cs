namespace Portal.Domain.Printing;

/// <summary>One answer: the question's label and the resident's answer as printed (may be long; it wraps).</summary>
public sealed record PrintableRow(string Label, string Value);
