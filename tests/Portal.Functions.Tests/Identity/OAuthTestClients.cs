using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.Clients;

namespace Portal.Functions.Tests.Identity;

/// <summary>Clients registered the way the operator CLI does: documents in the clients container.</summary>
public static class OAuthTestClients
{
    public const string ChatbotId = "chatbot";

    /// <summary>The chatbot: public, device code + refresh token.</summary>
    public static RegisteredClient Chatbot(string id = ChatbotId) => new()
    {
        Id = id,
        Name = "マイナポータル チャットボット",
        Kind = ClientKinds.Public,
        AllowedGrantTypes = [GrantTypes.DeviceCode, GrantTypes.RefreshToken],
        AllowedScopes = ["openid", "portal", "email"],
        CreatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The chatbot as it is deployed: confidential (private_key_jwt with <paramref name="keys"/>), device code + refresh token.</summary>
    public static RegisteredClient ConfidentialChatbot(string id = ChatbotId, params ClientKey[] keys) => Chatbot(id) with
    {
        Kind = ClientKinds.Confidential,
        Keys = keys,
    };

    public static async Task SeedAsync(IServiceProvider services, params RegisteredClient[] clients)
    {
        var repository = services.GetRequiredService<ClientRepository>();
        foreach (var client in clients)
        {
            await repository.CreateAsync(client, CancellationToken.None);
        }
    }
}
