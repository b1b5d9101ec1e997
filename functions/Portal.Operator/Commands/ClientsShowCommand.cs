using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Operator.Cli;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>clients show</c>: the client as JSON, each key with its validity. Only public key members are printed, even if
/// a stored JWK ever held more.
/// </summary>
internal static class ClientsShowCommand
{
    private static readonly string[] PublicJwkMembers = ["kty", "kid", "use", "alg", "crv", "x", "y", "n", "e"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Names such as 千代田区 stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["id"], [], []);
        var id = Identifiers.ClientId(options.Required("id"));
        var clients = await context.Store.ClientsAsync(context.CancellationToken);
        var client = (await clients.FindAsync(id, context.CancellationToken))?.Document
            ?? throw new OperatorException($"クライアント {id} は登録されていません。", ExitCodes.NotFound);
        var now = context.Clock.GetUtcNow();
        var view = new JsonObject
        {
            ["id"] = client.Id,
            ["name"] = client.Name,
            ["kind"] = client.Kind,
            ["allowedGrantTypes"] = new JsonArray([.. client.AllowedGrantTypes.Select(g => JsonValue.Create(g))]),
            ["allowedScopes"] = new JsonArray([.. client.AllowedScopes.Select(s => JsonValue.Create(s))]),
            ["redirectUris"] = new JsonArray([.. client.RedirectUris.Select(u => JsonValue.Create(u))]),
            ["sectorIdentifier"] = client.SectorIdentifier,
            ["agency"] = client.Agency is null ? null : new JsonObject
            {
                ["localGovernmentCode"] = client.Agency.LocalGovernmentCode,
                ["nationalAgencyId"] = client.Agency.NationalAgencyId,
                ["insurerNumber"] = client.Agency.InsurerNumber,
            },
            ["keys"] = new JsonArray([.. client.Keys.Select(k => new JsonObject
            {
                ["kid"] = k.KeyId,
                ["addedAt"] = k.AddedAt,
                ["notAfter"] = k.NotAfter,
                ["validNow"] = k.NotAfter is null || now < k.NotAfter,
                ["jwk"] = PublicPart(k.Jwk),
            })]),
            ["createdAt"] = client.CreatedAt,
            ["updatedAt"] = client.UpdatedAt,
        };
        context.Output.WriteLine(view.ToJsonString(Json));
        return ExitCodes.Ok;
    }

    private static JsonObject PublicPart(string jwk)
    {
        var parsed = JsonNode.Parse(jwk)?.AsObject() ?? [];
        var result = new JsonObject();
        foreach (var member in PublicJwkMembers)
        {
            if (parsed[member] is { } value)
            {
                result[member] = value.DeepClone();
            }
        }
        return result;
    }
}
