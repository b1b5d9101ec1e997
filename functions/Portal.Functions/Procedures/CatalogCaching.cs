using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Procedures;

/// <summary>
/// The anonymous catalog reads may be cached briefly by browsers and shared caches: the catalog changes rarely, and an
/// agency's change is meant to show within about a minute, not instantly.
/// </summary>
public static class CatalogCaching
{
    public const string CacheControl = "public, max-age=60";

    public static void Apply(HttpRequest request) => request.HttpContext.Response.Headers.CacheControl = CacheControl;
}
