namespace Portal.Contracts.Identity;

/// <summary>
/// The header a confidential client (the chatbot) sends with each OAuth call: an opaque, stable handle of the person
/// it acts for (an HMAC of the channel user, never a LINE or Teams id), so the portal limits each person on their own
/// rather than everyone behind the client's one address.
/// </summary>
public static class EndUserHeader
{
    public const string Name = "X-End-User";

    /// <summary>Longest accepted value: a base64url HMAC-SHA256 is 43 characters.</summary>
    public const int MaxLength = 64;
}
