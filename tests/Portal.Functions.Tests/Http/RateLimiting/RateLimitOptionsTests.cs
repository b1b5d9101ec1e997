using Microsoft.Extensions.Configuration;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Tests.Http.RateLimiting;

public sealed class RateLimitOptionsTests
{
    [Theory]
    [InlineData("StartDeviceAuthorization")]
    [InlineData("RequestToken")]
    [InlineData("CompleteCardRequest")]
    [InlineData("ConfirmRegistration")]
    [InlineData("ConfirmEmailChange")]
    [InlineData("SubmitDeviceCode")]
    [InlineData("ConfirmCardRequestCode")]
    public void TheSensitiveFunctionsAreLimitedByDefault(string function)
    {
        var options = RateLimitOptions.From(Configuration([]));

        Assert.True(options.Enabled);
        Assert.False(options.TrustForwardedFor);
        Assert.True(options.Policies[function].PermitLimit > 0);
        Assert.True(options.Policies[function].Window > TimeSpan.Zero);
    }

    [Fact]
    public void ACardRequestAnswerIsAlsoLimitedPerRequestId()
    {
        Assert.Equal("id", RateLimitOptions.From(Configuration([])).Policies["CompleteCardRequest"].RouteValue);
    }

    [Fact]
    public void ConfigurationOverridesADefaultFieldByFieldAndAddsFunctions()
    {
        var options = RateLimitOptions.From(Configuration(new()
        {
            ["RateLimits:Enabled"] = "false",
            ["RateLimits:TrustForwardedFor"] = "true",
            ["RateLimits:ForwardedForDepth"] = "2",
            ["RateLimits:RequestToken:PermitLimit"] = "5",
            ["RateLimits:GetCardRequest:PermitLimit"] = "7",
            ["RateLimits:GetCardRequest:Window"] = "00:00:30",
        }));

        Assert.False(options.Enabled);
        Assert.True(options.TrustForwardedFor);
        Assert.Equal(2, options.ForwardedForDepth);
        Assert.Equal(5, options.Policies["RequestToken"].PermitLimit);
        Assert.Equal(RateLimitDefaults.Policies["RequestToken"].Window, options.Policies["RequestToken"].Window);
        Assert.Equal(7, options.Policies["GetCardRequest"].PermitLimit);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Policies["GetCardRequest"].Window);
    }

    [Theory]
    [InlineData("RateLimits:RequestToken:PermitLimit", "0")]
    [InlineData("RateLimits:RequestToken:Window", "00:00:00")]
    [InlineData("RateLimits:Other:PermitLimit", "3")]
    public void AnUnusableLimitFailsAtStartUpNamingTheSetting(string key, string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => RateLimitOptions.From(Configuration(new() { [key] = value })));

        Assert.Contains(key.Split(':')[1], e.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
