using Portal.Operator.Cli;

namespace Portal.Operator.Clients;

/// <summary>The grant types a client may be given, as stored (the <c>grant_type</c> values the token endpoint sees).</summary>
internal static class GrantTypes
{
    public const string DeviceCode = "urn:ietf:params:oauth:grant-type:device_code";
    public const string RefreshToken = "refresh_token";
    public const string AuthorizationCode = "authorization_code";
    public const string ClientCredentials = "client_credentials";

    /// <summary>A public client's grant from its short form (device_code) or its full name.</summary>
    public static string ForPublicClient(string text) => text switch
    {
        "device_code" or DeviceCode => DeviceCode,
        RefreshToken => RefreshToken,
        AuthorizationCode => AuthorizationCode,
        ClientCredentials => throw new UsageException(
            "--grant client_credentials は公開クライアントには使えません（機関は \"agencies add\" で登録します）。"),
        _ => throw new UsageException($"--grant \"{text}\" は不明なグラントです（device_code, refresh_token, authorization_code）。"),
    };
}
