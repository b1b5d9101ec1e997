namespace Portal.Contracts.Procedures;

/// <summary>How to apply at the body that offers the procedure to this place.</summary>
/// <param name="OfferedBy">The body's key: a local government code or "national-&lt;agency&gt;".</param>
/// <param name="Methods">"online", "mail", "counter", best first.</param>
public sealed record OfferingView(
    string OfferedBy, string? OfferedByName, IReadOnlyList<string> Methods, bool Online, string? PageUrl, string? Contact, string? Note);
