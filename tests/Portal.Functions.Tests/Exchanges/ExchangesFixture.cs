using Portal.Functions.Tests.Applications;

namespace Portal.Functions.Tests.Exchanges;

/// <summary>The applications host for the やりとり履歴 tests; they register many residents from one address, so limits are off (tested elsewhere).</summary>
public sealed class ExchangesFixture : ApplicationsApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" };
}
