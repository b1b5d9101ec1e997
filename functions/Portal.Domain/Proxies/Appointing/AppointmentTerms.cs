namespace Portal.Domain.Proxies.Appointing;

/// <summary>What a valid request asks for, ready to be a <see cref="Delegation"/>.</summary>
/// <param name="ValidUntil">Exclusive: the start of the day after the last day (Japan time).</param>
public sealed record AppointmentTerms(
    NamedPerson Invited, string Kind, string? LegalBasis, IReadOnlyList<string> Services, IReadOnlyList<string> InformationCategories,
    DateTimeOffset ValidFrom, DateTimeOffset ValidUntil);
