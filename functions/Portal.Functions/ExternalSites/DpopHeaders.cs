using Microsoft.AspNetCore.Http;
using Portal.Domain.Identity.Dpop;

namespace Portal.Functions.ExternalSites;

/// <summary>The headers of RFC 9449: the proof a client sends (<c>DPoP</c>) and the nonce the portal hands out (<c>DPoP-Nonce</c>, §8).</summary>
public static class DpopHeaders
{
    public const string Proof = "DPoP";

    public const string Nonce = "DPoP-Nonce";

    public static async Task SendNonceAsync(HttpRequest request, DpopNonces nonces, CancellationToken cancellationToken) =>
        request.HttpContext.Response.Headers[Nonce] = await nonces.CurrentAsync(cancellationToken);
}
