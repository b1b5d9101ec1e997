namespace Portal.Domain.Procedures.Serving;

/// <summary>What an agency sends to publish (or replace) one offering.</summary>
public sealed record OfferingChange(IReadOnlyList<string>? Methods, string? PageUrl, string? Contact, string? Note);
