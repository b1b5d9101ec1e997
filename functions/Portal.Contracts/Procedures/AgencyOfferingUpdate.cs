namespace Portal.Contracts.Procedures;

/// <summary>PUT /api/agency/offerings/{procedureId}: how the calling agency's body offers that procedure.</summary>
/// <param name="Methods">"online" (only for an online-capable procedure), "mail", "counter".</param>
/// <param name="PageUrl">The body's own page for it (https).</param>
public sealed record AgencyOfferingUpdate(IReadOnlyList<string>? Methods, string? PageUrl, string? Contact, string? Note);
