namespace Bot.Operator.Line;

/// <summary>
/// Where the Messaging API is and the channel access token, from the same settings the bot's host reads
/// (<c>Bot__Line__ChannelAccessToken</c>, <c>Bot__Line__ApiBaseUrl</c>) plus <c>Bot__Line__ApiDataBaseUrl</c>, the host
/// LINE takes images on. The token comes from the environment only, never from a file in the repository.
/// </summary>
public sealed record LineApiSettings(string AccessToken, Uri ApiBaseUrl, Uri DataBaseUrl)
{
    public const string TokenVariable = "Bot__Line__ChannelAccessToken";
    public const string ApiBaseUrlVariable = "Bot__Line__ApiBaseUrl";
    public const string DataBaseUrlVariable = "Bot__Line__ApiDataBaseUrl";

    public static LineApiSettings From(Func<string, string?> environment)
    {
        var token = environment(TokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new Cli.OperatorException($"チャネルアクセストークンがありません。環境変数 {TokenVariable} に設定してください（リポジトリには置きません）。");
        }
        return new LineApiSettings(token.Trim(),
            BaseUrl(environment(ApiBaseUrlVariable), "https://api.line.me", ApiBaseUrlVariable),
            BaseUrl(environment(DataBaseUrlVariable), "https://api-data.line.me", DataBaseUrlVariable));
    }

    private static Uri BaseUrl(string? value, string fallback, string variable) =>
        Uri.TryCreate(string.IsNullOrWhiteSpace(value) ? fallback : value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri
            : throw new Cli.OperatorException($"{variable} が URL として読めません。");
}
