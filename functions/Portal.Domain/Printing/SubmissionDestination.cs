namespace Portal.Domain.Printing;

/// <summary>Where the printed form is sent or brought: the body, its section, the address and a counter/posting note.</summary>
public sealed record SubmissionDestination(
    string Body,
    string? Department = null,
    string? Address = null,
    string? Contact = null,
    string? Note = null);
