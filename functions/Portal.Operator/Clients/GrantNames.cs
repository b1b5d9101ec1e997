using Portal.Operator.Cli;
using Grants = Portal.Domain.Identity.Clients.GrantTypes;

namespace Portal.Operator.Clients;

/// <summary>The grant names operators type, to the stored values (<see cref="Grants"/>, what the token endpoint sees).</summary>
internal static class GrantNames
{
    public const string DeviceCode = Grants.DeviceCode;
    public const string RefreshToken = Grants.RefreshToken;
    public const string AuthorizationCode = Grants.AuthorizationCode;
    public const string ClientCredentials = Grants.ClientCredentials;
    public const string TokenExchange = Grants.TokenExchange;

    /// <summary>A public client's grant from its short form (device_code, token-exchange) or its full name.</summary>
    public static string ForPublicClient(string text) => text switch
    {
        "device_code" or DeviceCode => DeviceCode,
        RefreshToken => RefreshToken,
        AuthorizationCode => AuthorizationCode,
        "token-exchange" or TokenExchange => TokenExchange,
        ClientCredentials => throw new UsageException(
            "--grant client_credentials は公開クライアントには使えません（機関は \"agencies add\" で登録します）。"),
        _ => throw new UsageException($"--grant \"{text}\" は不明なグラントです（device_code, refresh_token, authorization_code, token-exchange）。"),
    };
}
