namespace Portal.Functions.Http.Authentication;

/// <summary>
/// Who calls an operation. Each operation declares the kinds it accepts (<see cref="OperationCallers"/>); any other
/// kind is refused, so a kind added later (an external site, a proxy, a clinic) reaches only what declares it.
/// </summary>
public enum CallerKind
{
    /// <summary>Anyone, without credentials: public information (さがす, terms, health, discovery).</summary>
    Anyone,

    /// <summary>The signer answering a card request: the request's id is the capability, the card proves who answers.</summary>
    Signer,

    /// <summary>An OAuth client authenticating itself at the token endpoints (public id, or private_key_jwt).</summary>
    OAuthClient,

    /// <summary>A resident with a bearer token issued to their account.</summary>
    Resident,

    /// <summary>An agency's own system with a client-credentials token bound to its body.</summary>
    Agency,

    /// <summary>Another service signing residents in through the portal (外部サイト連携; not issued yet).</summary>
    ExternalSite,

    /// <summary>A 代理人 acting for a principal within a delegated service (not issued yet).</summary>
    Proxy,

    /// <summary>A medical institution checking insurance eligibility (オンライン資格確認; not issued yet).</summary>
    Clinic,
}
