using Bot.Channels.Teams.Activities;
using Bot.Channels.Teams.Authentication;
using Bot.Channels.Teams.Tests.Fakes;

namespace Bot.Channels.Teams.Tests;

public sealed class TokenRefusalTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    public static TheoryData<string, TokenRefusal> Cases => new()
    {
        { "wrong issuer", TokenRefusal.WrongIssuer },
        { "wrong audience", TokenRefusal.WrongAudience },
        { "expired", TokenRefusal.Expired },
        { "serviceUrl mismatch", TokenRefusal.ServiceUrlMismatch },
        { "unknown key", TokenRefusal.UnknownKey },
        { "forged signature", TokenRefusal.BadSignature },
        { "channel not endorsed", TokenRefusal.ChannelNotEndorsed },
        { "not RS256", TokenRefusal.WrongAlgorithm },
        { "missing header", TokenRefusal.MissingToken },
        { "not a bearer token", TokenRefusal.MissingToken },
        { "not a JWT", TokenRefusal.MalformedToken },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_token_that_fails_a_check_is_refused_with_401_and_the_engine_is_not_called(string @case, TokenRefusal expected)
    {
        var activity = host.Message(userAad: "aad-refused");
        var authorization = Authorization(@case, activity);

        var outcome = await host.Get<BotFrameworkTokenValidator>().ValidateAsync(authorization, activity, CancellationToken.None);
        var status = await host.PostAsync(activity, authorization);

        Assert.Equal(expected, outcome.Refusal);
        Assert.Equal(401, status);
        Assert.DoesNotContain(host.Engine.Turns, t => t.MessageId == activity.Id);
        Assert.DoesNotContain(host.Connector.Posted, p => p.ActivityId == activity.Id);
    }

    [Fact]
    public async Task A_token_within_the_clock_skew_after_expiry_is_still_accepted()
    {
        var activity = host.Message();
        var token = TokenFactory.Create(host.Connector.Key.SecurityKey, TeamsHost.AppId, activity.ServiceUrl!, expires: DateTime.UtcNow.AddMinutes(-3));

        var outcome = await host.Get<BotFrameworkTokenValidator>().ValidateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.True(outcome.IsAccepted, outcome.Refusal?.ToString());
    }

    private string? Authorization(string @case, Activity activity)
    {
        var key = host.Connector.Key.SecurityKey;
        var serviceUrl = activity.ServiceUrl!;
        return @case switch
        {
            "wrong issuer" => Bearer(TokenFactory.Create(key, TeamsHost.AppId, serviceUrl, issuer: "https://sts.example.com")),
            "wrong audience" => Bearer(TokenFactory.Create(key, "another-bot", serviceUrl)),
            "expired" => Bearer(TokenFactory.Create(key, TeamsHost.AppId, serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6))),
            "serviceUrl mismatch" => Bearer(TokenFactory.Create(key, TeamsHost.AppId, "https://attacker.example.com/")),
            "unknown key" => Bearer(TokenFactory.Create(new SigningKey("key-unknown", ["msteams"]).SecurityKey, TeamsHost.AppId, serviceUrl)),
            "forged signature" => Bearer(TokenFactory.Create(new SigningKey(host.Connector.Key.KeyId, ["msteams"]).SecurityKey, TeamsHost.AppId, serviceUrl)),
            "channel not endorsed" => Bearer(TokenFactory.Create(host.Connector.OtherChannelKey.SecurityKey, TeamsHost.AppId, serviceUrl)),
            "not RS256" => Bearer(TokenFactory.CreateSymmetric(host.Connector.Key.KeyId, TeamsHost.AppId, serviceUrl)),
            "missing header" => null,
            "not a bearer token" => "Basic dXNlcjpwYXNz",
            "not a JWT" => "Bearer not-a-token",
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
    }

    private static string Bearer(string token) => "Bearer " + token;
}
