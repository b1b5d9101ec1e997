using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Histories;

namespace Portal.Functions.Histories;

/// <summary>
/// Every history key that ever signed a history head, with the period it signed in: a JWKS that only grows, so an
/// export kept for years still verifies. Anonymous by design.
/// </summary>
public sealed class HistoryKeysFunctions(HistoryKeyRing keys)
{
    [Function("GetHistoryKeys")]
    public IResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "history/keys")] HttpRequest request) =>
        TypedResults.Json(keys.ToJsonWebKeySet());
}
