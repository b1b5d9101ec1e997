namespace Portal.Domain.Identity.CardRequests;

/// <summary>A new card request and its code, which only the one who started it is shown (XXXX-XXXX).</summary>
public sealed record StartedCardRequest(CardRequest Request, string UserCode)
{
    public string Id => Request.Id;

    public DateTimeOffset ExpiresAt => Request.ExpiresAt;
}
