namespace Portal.Domain.Printing;

/// <summary>The deployment lacks the Japanese font: a configuration fault, not something a resident can fix.</summary>
public sealed class PrintingFontNotFoundException(string message) : InvalidOperationException(message);
