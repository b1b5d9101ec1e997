using Portal.Domain.Errors;

namespace Portal.Domain.Accounts.Certificates;

/// <summary>The signer has not answered the card request yet: try again after reading the card.</summary>
public sealed class CardRequestPendingException(string id) : PortalException($"Card request {Identity.LogReferences.Of(id)} has not been answered yet.")
{
    public string Id { get; } = id;
}
