namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>Why the authorization page refused a step; each is its own Japanese page at the edge, never a redirect.</summary>
public enum AuthorizationRefusal
{
    /// <summary>The client is not a registered site, or the request_uri is unknown, expired, used, or another client's.</summary>
    UnknownRequest,

    /// <summary>No transaction for this browser's cookie (none, another browser's, or expired).</summary>
    NoTransaction,

    /// <summary>The site was already answered: the transaction is used up.</summary>
    Answered,

    /// <summary>A POST without this transaction's form token (CSRF).</summary>
    FormToken,

    /// <summary>A POST for a step the transaction is not at (consent before the card login).</summary>
    WrongStep,
}
