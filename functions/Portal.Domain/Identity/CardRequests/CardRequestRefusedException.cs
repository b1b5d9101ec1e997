using Portal.Domain.Errors;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>An answer to a card request that is refused for <see cref="Refusal"/>; the HTTP edge maps it to a problem type.</summary>
public sealed class CardRequestRefusedException(CardRequestRefusal refusal, string detail)
    : PortalException($"Card request refused ({refusal}): {detail}")
{
    public CardRequestRefusal Refusal { get; } = refusal;
}
