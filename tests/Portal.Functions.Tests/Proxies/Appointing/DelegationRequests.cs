using System.Text.Json.Nodes;

namespace Portal.Functions.Tests.Proxies.Appointing;

/// <summary>Bodies for POST /api/me/proxies and /api/me/principals/requests.</summary>
public static class DelegationRequests
{
    public static JsonObject Voluntary(string name, DateOnly born, DateOnly from, DateOnly until) => new()
    {
        ["name"] = name,
        ["dateOfBirth"] = ProxyResidents.Day(born),
        ["kind"] = "voluntary",
        ["services"] = new JsonArray("applications", "information"),
        ["informationCategories"] = new JsonArray("tax-income"),
        ["validFrom"] = ProxyResidents.Day(from),
        ["validUntil"] = ProxyResidents.Day(until),
    };
}
