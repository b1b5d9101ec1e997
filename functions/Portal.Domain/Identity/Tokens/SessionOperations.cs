namespace Portal.Domain.Identity.Tokens;

/// <summary>The 操作履歴 operation codes of logins (refresh-token families). Stable, translated at the edge.</summary>
public static class SessionOperations
{
    /// <summary>The client ended the login (RFC 7009 revocation of its refresh token).</summary>
    public const string SignOut = "sign-out";

    /// <summary>
    /// A refresh token that had already been used was presented, so the login was ended: most likely a copied token.
    /// Recorded as refused, so the resident sees that something tried to continue their login.
    /// </summary>
    public const string ReuseRevoked = "session.revoked-on-reuse";

    /// <summary>The resident ended one login (ログイン中の端末); the target is its session id.</summary>
    public const string End = "session.end";

    /// <summary>The resident ended every login of the account at once; the target is how many.</summary>
    public const string EndAll = "session.end-all";
}
