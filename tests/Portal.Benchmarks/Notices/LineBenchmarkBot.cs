using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Notices.Events;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The bot's local host as wired for production (<see cref="BotFactory"/>, one instance: <c>Bot:Instances</c> 1) with
/// LINE's API base URL on a <see cref="FakeLineMulticastApi"/> at <paramref name="limit"/> requests a second, and
/// <c>Bot:Line:MulticastPerSecond</c> set to the same limit, as an operator sets it to the channel's. Its state is in
/// <paramref name="database"/> (shared by the runs, so the links are seeded once); its push reports go to a queue of
/// the benchmark's own. Warnings and errors only in the log.
/// </summary>
public sealed class LineBenchmarkBot : IAsyncDisposable
{
    private readonly BotFactory _host;

    private LineBenchmarkBot(BotFactory host, FakeLineMulticastApi line)
    {
        _host = host;
        Line = line;
    }

    public FakeLineMulticastApi Line { get; }

    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<LineBenchmarkBot> StartAsync(StackState stack, string database, string reportQueue, double limit)
    {
        // WebApplicationFactory finds the host's content root in MvcTestingAppManifest.json in the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var line = await FakeLineMulticastApi.StartAsync(limit);
        var host = new BotFactory(stack, settings: new Dictionary<string, string?>
        {
            ["Bot:Cosmos:Database"] = database,
            ["Bot:Line:ChannelSecret"] = "bench-line-channel-secret",
            ["Bot:Line:ChannelAccessToken"] = FakeLineMulticastApi.AccessToken,
            ["Bot:Line:ApiBaseUrl"] = line.BaseUrl.ToString(),
            ["Bot:Line:MulticastPerSecond"] = limit.ToString(CultureInfo.InvariantCulture),
            ["Bot:Instances"] = "1",
            [NoticePushReport.QueueSetting] = reportQueue,
            ["Logging:LogLevel:Default"] = "Warning",
            // Each 429 is a warning of the retry handler: counted in the table instead (an exhausted retry still logs).
            ["Logging:LogLevel:Polly"] = "Error",
        });
        _ = host.Server;
        return new LineBenchmarkBot(host, line);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await Line.DisposeAsync();
    }
}
