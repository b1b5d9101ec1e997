using MynaCard.Jpki;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Tests.Identity.CardRequests;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.DeviceAuthorization;

public sealed class DeviceAuthorizationLookupTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private DeviceAuthorizationService Devices => fixture.Devices(_clock);

    private DeviceAuthorizationLookup Lookup => new(new DeviceAuthorizationRepository(fixture.Database), new CardRequestRepository(fixture.Database), _clock);

    [Theory]
    [InlineData("as shown")]
    [InlineData("lower case without the hyphen")]
    [InlineData("with spaces")]
    public async Task APendingAuthorizationIsFoundByItsUserCodeHoweverTyped(string typing)
    {
        var started = await Devices.StartAsync(IdentityStoreFixture.Client("chatbot"), null, null, _ct);
        var typed = typing switch
        {
            "as shown" => started.UserCode,
            "lower case without the hyphen" => started.UserCode.Replace("-", "").ToLowerInvariant(),
            _ => $" {started.UserCode[..4]} {started.UserCode[5..]} ",
        };

        var match = await Lookup.FindAsync(typed, _ct);

        Assert.Equal(UserCodeStatus.Pending, match.Status);
        Assert.Equal(started.CardRequestId, match.Authorization!.CardRequestId);
        Assert.Equal("chatbot", match.Authorization.ClientId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BCDF-GHJ")]
    [InlineData("AEIO-UAEI")]
    [InlineData("BCDF-GHJK")]
    [InlineData("' OR 1=1 --")]
    public async Task SomethingThatIsNotALiveCodeIsUnknown(string? typed)
    {
        var match = await Lookup.FindAsync(typed, _ct);

        Assert.Equal(UserCodeStatus.Unknown, match.Status);
        Assert.Null(match.Authorization);
    }

    [Fact]
    public async Task AnExpiredCodeIsExpired()
    {
        var started = await Devices.StartAsync(IdentityStoreFixture.Client("chatbot"), null, null, _ct);

        _clock.Advance(started.ExpiresIn);

        Assert.Equal(UserCodeStatus.Expired, (await Lookup.FindAsync(started.UserCode, _ct)).Status);
    }

    [Fact]
    public async Task ACodeWhoseCardRequestWasAnsweredIsUsedBeforeAndAfterThePoll()
    {
        var card = fixture.Pki.Issue();
        var started = await Devices.StartAsync(IdentityStoreFixture.Client("chatbot"), null, null, _ct);
        var cardRequests = fixture.CardRequests(_clock);
        var view = await cardRequests.ConfirmCodeAsync(started.CardRequestId, started.UserCode, _ct);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Convert.FromBase64String(view.DataToSign!));
        await cardRequests.CompleteWithSignatureAsync(started.CardRequestId,
            new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(card.AuthenticationCertificate)), _ct);

        Assert.Equal(UserCodeStatus.Used, (await Lookup.FindAsync(started.UserCode, _ct)).Status);
        await Devices.PollAsync(IdentityStoreFixture.Client("chatbot"), started.DeviceCode, _ct);
        Assert.Equal(UserCodeStatus.Used, (await Lookup.FindAsync(started.UserCode, _ct)).Status);
    }

    [Fact]
    public async Task ACodeWhoseCardRequestWasBurnedIsUsed()
    {
        var started = await Devices.StartAsync(IdentityStoreFixture.Client("chatbot"), null, null, _ct);
        var cardRequests = fixture.CardRequests(_clock);
        for (var i = 0; i < CardRequest.MaxFailedAttempts; i++)
        {
            await Assert.ThrowsAsync<CardRequestRefusedException>(() =>
                cardRequests.CompleteWithSignatureAsync(started.CardRequestId, new CardSignatureSubmission("not base64!", null), _ct));
        }

        Assert.Equal(UserCodeStatus.Used, (await Lookup.FindAsync(started.UserCode, _ct)).Status);
    }
}
