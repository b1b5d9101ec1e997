using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Http;

/// <summary>The <c>[Function]</c> name of the call being served, set by the edge for what reads per-operation declarations.</summary>
public static class OperationName
{
    private const string ItemKey = "portal.operation";

    public static void Set(HttpContext http, string? operation)
    {
        if (operation is not null)
        {
            http.Items[ItemKey] = operation;
        }
    }

    public static string? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var name) ? name as string : null;
}
