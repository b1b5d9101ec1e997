namespace Portal.Domain.Identity.CardRequests;

/// <summary>The stored states of a card request (strings, so the stored JSON reads plainly).</summary>
public static class CardRequestStates
{
    public const string Pending = "pending";
    public const string Completed = "completed";
}
