using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;

namespace Portal.Functions.Tests.Notices.Delivery;

/// <summary>
/// A host whose chatbot listens on a queue of this fixture's own (so the pages read here are this host's), with limits
/// off: the tests register residents over HTTP from one address.
/// </summary>
public sealed class NoticeDeliveryFixture : IAsyncLifetime
{
    public IdentityPki Pki { get; } = new();

    public string BotEventsQueue { get; } = $"bot-events-{Guid.NewGuid():N}";

    public AccountsApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await AccountsApi.StartAsync(Pki, new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "false",
            ["BotEventsQueue"] = BotEventsQueue,
        });
        // Residents' default quiet hours (21:00–08:00 JST) would hold the pushes of tests run at night: the host's day
        // starts at noon in Japan, and tests about quiet hours move its clock on from there.
        MoveClockTo(12, 0);
    }

    /// <summary>Moves the host's clock forward to the next <paramref name="hour"/>:<paramref name="minute"/> in Japan time.</summary>
    public void MoveClockTo(int hour, int minute, int second = 0)
    {
        var now = Api.Clock.Now.ToOffset(TimeSpan.FromHours(9));
        var next = new DateTimeOffset(now.Date, now.Offset).Add(new TimeSpan(hour, minute, second));
        Api.Clock.Now = next > now ? next : next.AddDays(1);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }
}
