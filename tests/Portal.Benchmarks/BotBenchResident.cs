using Bot.Core.Messages;

namespace Portal.Benchmarks;

/// <summary>One resident of the bot benchmark: a browser with a web chat cookie the benchmark chose, so it knows the channel user.</summary>
public sealed record BotBenchResident(HttpClient Browser, ChannelUser User) : IDisposable
{
    public void Dispose() => Browser.Dispose();
}
