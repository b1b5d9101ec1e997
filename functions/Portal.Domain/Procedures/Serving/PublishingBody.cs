namespace Portal.Domain.Procedures.Serving;

/// <summary>The body an agency token publishes for: its set's key, its name, and the level of procedure it offers.</summary>
/// <param name="Level">A <see cref="Templates.ProcessingLevels"/> code.</param>
/// <param name="NationalAgencyId">For a national agency, the id its templates name.</param>
public sealed record PublishingBody(string Key, string Name, string Level, string? NationalAgencyId);
