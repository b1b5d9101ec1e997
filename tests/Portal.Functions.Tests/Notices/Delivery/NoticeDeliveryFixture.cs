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

    public async Task InitializeAsync() =>
        Api = await AccountsApi.StartAsync(Pki, new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "false",
            ["BotEventsQueue"] = BotEventsQueue,
        });

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }
}
