using System.Text;
using Portal.Testing.OpenApi;

namespace Portal.Functions.Tests.OpenApi;

/// <summary>
/// The checker every portal HTTP test's responses pass through (Portal.Testing's PortalFactory): it must refuse what
/// the document does not describe, or the contract it enforces is empty.
/// </summary>
public sealed class OpenApiContractTests
{
    private static readonly OpenApiContract Contract = new(Encoding.UTF8.GetBytes("""
        {
          "openapi": "3.1.0", "info": { "title": "t", "version": "1" },
          "paths": {
            "/me/drafts/{id}": { "get": { "operationId": "GetDraft", "responses": {
              "200": { "description": "d", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Draft" } } } },
              "404": { "$ref": "#/components/responses/Problem" } } } },
            "/me/drafts/todo": { "get": { "operationId": "Todo", "responses": { "204": { "description": "none" } } } },
            "/health": { "get": { "operationId": "GetHealth", "responses": {
              "200": { "description": "d", "content": { "text/plain": {} } },
              "4XX": { "$ref": "#/components/responses/Problem" } } } }
          },
          "components": {
            "schemas": {
              "Draft": { "type": "object", "required": ["id", "data"], "properties": { "id": { "type": "string" }, "data": { "type": "object" } } },
              "Problem": { "type": "object", "required": ["type", "status"], "properties": { "type": { "type": "string" }, "status": { "type": "integer" } } }
            },
            "responses": { "Problem": { "description": "p", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } } }
          }
        }
        """));

    public static TheoryData<string, string, int, string?, string, string?> Cases => new()
    {
        // method, path, status, content type, body, what the violation names (null: none)
        { "GET", "/me/drafts/d1", 200, "application/json; charset=utf-8", """{"id":"d1","data":{}}""", null },
        { "GET", "/me/drafts/d1", 200, "application/json", """{"id":"d1"}""", "data" },
        { "GET", "/me/drafts/d1", 200, "application/json", """{"id":1,"data":{}}""", "/id" },
        { "GET", "/me/drafts/d1", 200, "text/html", "<p>", "text/html" },
        { "GET", "/me/drafts/d1", 200, "application/json", "{not json", "not JSON" },
        { "GET", "/me/drafts/d1", 409, "application/problem+json", """{"type":"x","status":409}""", "409 is not documented" },
        { "GET", "/me/drafts/d1", 404, "application/problem+json", """{"type":"x","status":404}""", null },
        { "GET", "/me/drafts/d1", 404, "application/problem+json", """{"title":"no type"}""", "type" },
        // A literal segment is its own operation, not the template's.
        { "GET", "/me/drafts/todo", 204, null, "", null },
        { "GET", "/me/drafts/todo", 200, "application/json", """{"id":"d1","data":{}}""", "200 is not documented" },
        // A range covers its statuses.
        { "GET", "/health", 429, "application/problem+json", """{"type":"x","status":429}""", null },
        { "GET", "/health", 503, "application/problem+json", """{"type":"x","status":503}""", "503 is not documented" },
        { "DELETE", "/health", 405, "application/problem+json", """{"type":"x","status":405}""", null },
        { "DELETE", "/health", 200, "application/json", "{}", "no documented operation" },
        { "GET", "/nowhere", 404, "text/plain", "gone", "not problem+json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_response_is_checked_against_its_operations_status_media_type_and_schema(
        string method, string path, int status, string? contentType, string body, string? violation)
    {
        var found = Contract.Check(method, path, status, contentType, Encoding.UTF8.GetBytes(body));

        if (violation is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.NotNull(found);
            Assert.Contains(violation, found);
        }
    }
}
