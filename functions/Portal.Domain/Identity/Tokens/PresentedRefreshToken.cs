using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// A refresh token found to be its family's current one, not yet spent: what may have changed since the login is
/// checked between presenting and rotating, so a refusal leaves the client's token as it was.
/// </summary>
public sealed record PresentedRefreshToken(Stored<RefreshTokenFamily> Stored)
{
    public RefreshTokenFamily Family => Stored.Document;
}
