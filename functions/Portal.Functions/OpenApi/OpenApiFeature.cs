using Microsoft.Extensions.DependencyInjection;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.OpenApi;

/// <summary>This API's OpenAPI document, public.</summary>
public static class OpenApiFeature
{
    public static IServiceCollection AddOpenApiFeature(this IServiceCollection services) => services
        .AddCallers(callers => callers.Allow("GetOpenApiDocument", Callers.Anyone));
}
