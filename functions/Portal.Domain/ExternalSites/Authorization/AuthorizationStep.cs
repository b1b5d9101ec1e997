namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>The page's next step for a transaction; <paramref name="RedirectTo"/> only for <see cref="AuthorizationStepKind.Redirect"/>.</summary>
public sealed record AuthorizationStep(AuthorizationStepKind Kind, AuthorizationTransaction Transaction, string? RedirectTo = null);
