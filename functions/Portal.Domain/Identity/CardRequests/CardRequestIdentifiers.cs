using Portal.Domain.Identifiers;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>A card request's id (<see cref="RandomTokens.NewRequestId"/>): the capability to answer it.</summary>
public static class CardRequestIdentifiers
{
    public static IdentifierFormat CardRequest { get; } =
        new("card-request", id => RandomTokens.IsRequestId(id), id => new CardRequestNotFoundException(id), "AbCdEfGhIjKlMnOpQrStUv");
}
