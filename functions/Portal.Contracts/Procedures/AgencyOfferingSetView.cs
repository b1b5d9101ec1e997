namespace Portal.Contracts.Procedures;

/// <summary>
/// GET /api/agency/offerings: everything the calling agency's body offers. The ETag header goes back as If-Match on
/// a change. <paramref name="UpdatedAt"/> and <paramref name="UpdatedBy"/> (a client id) are null before the first.
/// </summary>
public sealed record AgencyOfferingSetView(
    string Body, string BodyName, string Level, IReadOnlyList<AgencyOfferingView> Offerings, DateTimeOffset? UpdatedAt, string? UpdatedBy);
