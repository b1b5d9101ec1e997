namespace Portal.Domain.Identity.Clients;

/// <summary>
/// Who calls an agency endpoint: the agency client, the body its token is bound to, and the scopes it holds. Agency
/// features filter by <see cref="Binding"/> so an agency only ever sees its own local government's (or ministry's) data.
/// </summary>
public sealed record AgencyContext(string ClientId, AgencyBinding Binding, IReadOnlyList<string> Scopes);
