namespace Portal.Domain.Identity.Tokens;

/// <summary>The userinfo claims (OIDC Core §5.3.2): the account id, and the confirmed e-mail address under scope email.</summary>
public sealed record UserInfo(string Subject, string? Email);
