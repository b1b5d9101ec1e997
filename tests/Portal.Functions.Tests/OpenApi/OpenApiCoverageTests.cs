using Portal.Testing.Hosting;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Functions.OpenApi;
using Portal.Testing;

namespace Portal.Functions.Tests.OpenApi;

/// <summary>The OpenAPI document and the mapped functions must describe the same API, in both directions.</summary>
public sealed partial class OpenApiCoverageTests
{
    private static readonly string[] OperationKeys = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public async Task TheDocumentDescribesExactlyTheMappedFunctions()
    {
        await using var host = new PortalFactory(await LocalStack.GetAsync());
        _ = host.Server;

        var mapped = MappedOperations(host.Services);
        var documented = DocumentedOperations();

        Assert.NotEmpty(mapped);
        Assert.True(mapped.SetEquals(documented),
            $"Mapped but not documented: [{string.Join(", ", mapped.Except(documented))}]; " +
            $"documented but not mapped: [{string.Join(", ", documented.Except(mapped))}]");
    }

    [Fact]
    public void EveryDocumentedOperationHasAnIdAndResponses()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Utf8);
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => OperationKeys.Contains(o.Name)))
            {
                Assert.True(operation.Value.TryGetProperty("operationId", out _), $"{operation.Name} {path.Name} has no operationId");
                Assert.True(operation.Value.TryGetProperty("responses", out _), $"{operation.Name} {path.Name} has no responses");
            }
        }
    }

    private static HashSet<string> MappedOperations(IServiceProvider services) =>
        services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(method => $"{method} {Normalize(e.RoutePattern.RawText!["api".Length..])}"))
            .ToHashSet();

    private static HashSet<string> DocumentedOperations()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Utf8);
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(o => OperationKeys.Contains(o.Name))
                .Select(o => $"{o.Name.ToUpperInvariant()} {Normalize(path.Name)}"))
            .ToHashSet();
    }

    /// <summary>"/drafts/{id:guid}" and "/drafts/{id}" name the same path.</summary>
    private static string Normalize(string route) => Constraint().Replace(route, "{$1}");

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Constraint();
}
