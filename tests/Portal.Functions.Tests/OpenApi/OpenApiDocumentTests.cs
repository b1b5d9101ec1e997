using System.Text;
using System.Text.Json;
using Portal.Functions.OpenApi;

namespace Portal.Functions.Tests.OpenApi;

/// <summary>The document is assembled from the features' fragments, and a key defined twice is an error, not a lost operation.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly byte[] Base = Utf8("""{ "openapi": "3.1.0", "info": { "title": "t", "version": "1" }, "components": { "schemas": { "Problem": {} } } }""");

    [Fact]
    public void Each_features_paths_and_schemas_are_in_the_served_document()
    {
        var document = JsonDocument.Parse(OpenApiDocument.Assemble(Base,
        [
            ("Drafts.openapi.json", Utf8("""{ "paths": { "/me/drafts": { "get": {} } }, "components": { "schemas": { "Draft": {} } } }""")),
            ("Forms.openapi.json", Utf8("""{ "paths": { "/forms/{id}": { "get": {} } } }""")),
        ])).RootElement;

        Assert.Equal(["/me/drafts", "/forms/{id}"], document.GetProperty("paths").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Problem", "Draft"], document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(p => p.Name));
        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
    }

    [Fact]
    public void A_path_two_fragments_define_is_refused_naming_the_second()
    {
        var e = Assert.Throws<InvalidOperationException>(() => OpenApiDocument.Assemble(Base,
        [
            ("Applications.openapi.json", Utf8("""{ "paths": { "/me/applications": { "post": {} } } }""")),
            ("Status.openapi.json", Utf8("""{ "paths": { "/me/applications": { "get": {} } } }""")),
        ]));

        Assert.Contains("Status.openapi.json", e.Message);
        Assert.Contains("/me/applications", e.Message);
    }

    [Fact]
    public void A_key_written_twice_in_one_fragment_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => OpenApiDocument.Assemble(Base,
        [
            ("Applications.openapi.json", Utf8("""{ "paths": { "/me/applications": { "post": {} }, "/me/applications": { "get": {} } } }""")),
        ]));

        Assert.Contains("Applications.openapi.json", e.Message);
    }

    [Fact]
    public void A_schema_two_fragments_define_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => OpenApiDocument.Assemble(Base,
        [
            ("Drafts.openapi.json", Utf8("""{ "components": { "schemas": { "Problem": {} } } }""")),
        ]));
    }

    [Fact]
    public void The_served_document_is_openapi_3_1_with_every_operation_named_and_answered()
    {
        var document = JsonDocument.Parse(OpenApiDocument.Utf8).RootElement;

        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(o => (Path: path.Name, Method: o.Name, Operation: o.Value)))
            .ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            Assert.True(o.Operation.TryGetProperty("operationId", out _), $"{o.Method} {o.Path} has no operationId");
            Assert.True(o.Operation.TryGetProperty("security", out _), $"{o.Method} {o.Path} declares no security");
            Assert.True(o.Operation.TryGetProperty("responses", out _), $"{o.Method} {o.Path} has no responses");
        });
        Assert.Equal(operations.Count, operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Distinct().Count());
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
