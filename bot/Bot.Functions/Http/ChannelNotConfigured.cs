namespace Bot.Functions.Http;

/// <summary>A channel endpoint called on a host where that channel is not configured: it does not exist here.</summary>
public static class ChannelNotConfigured
{
    public static BotHttpException For(string channel) =>
        new(404, "このチャネルは利用できません", $"この環境では {channel} との接続が設定されていません。");
}
