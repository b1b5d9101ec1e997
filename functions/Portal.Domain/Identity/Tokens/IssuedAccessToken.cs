namespace Portal.Domain.Identity.Tokens;

public sealed record IssuedAccessToken(string Token, TimeSpan ExpiresIn);
