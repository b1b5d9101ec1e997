using Portal.Contracts.CardRequests;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Privacy;
using Portal.Testing;

namespace Portal.Domain.Tests.Accounts;

/// <summary>利用者情報 from the card: a prefill card request bound to the account, stored with source and times, deleted.</summary>
public sealed class ProfileServiceTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string IndividualNumber = "123456789018";

    private static readonly PrefillSubmission Card = new("山田 花子", "東京都千代田区霞が関2-1-2", "1990-04-01", "2");

    private readonly ManualClock _clock = new(AccountsFixture.Now);

    private readonly CancellationToken _ct = CancellationToken.None;

    private (AccountsServices Services, ProfileService Profiles) Create()
    {
        var services = fixture.Services(_clock);
        return (services, services.Profiles);
    }

    [Fact]
    public async Task A_completed_prefill_request_stores_the_profile_with_its_source_and_times()
    {
        var (services, profiles) = Create();
        var (account, resident) = await services.RegisteredAsync();
        var request = await profiles.StartReadingAsync(resident, _ct);
        _clock.Advance(TimeSpan.FromSeconds(40));
        await services.CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, _ct);
        await services.CardRequests.CompleteWithPrefillAsync(request.Id, Card, _ct);
        var readAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(3));

        var profile = await profiles.CompleteReadingAsync(resident, request.Id, _ct);

        Assert.Equal(ProfileService.SignerClientName, request.Request.ClientName);
        Assert.Equal("利用者情報の入力補助", request.Request.Description);
        Assert.Equal(CardRequestPurposes.Prefill, request.Request.Purpose);
        var stored = (await services.Repository.FindAsync(account.Id, _ct))!.Document.Profile!;
        Assert.Equal(profile, stored);
        Assert.Equal(("山田 花子", "東京都千代田区霞が関2-1-2", new DateOnly(1990, 4, 1), "2"), (stored.Name, stored.Address, stored.DateOfBirth, stored.Sex));
        Assert.Equal(ProfileSources.Card, stored.Source);
        // Where area notices reach the resident: 千代田区, then 東京都 (a fan-out finds recipients by these keys).
        Assert.Equal(["lg-131016", "lg-130001"], (await services.Repository.FindAsync(account.Id, _ct))!.Document.AreaKeys);
        Assert.Equal(readAt, stored.ReadAt);
        Assert.Equal(request.Request.CreatedAt, stored.ConsentedAt);
        Assert.Equal("ResidentProfile { redacted }", stored.ToString());
        Assert.Equal(profile, await profiles.GetAsync(resident, _ct));
        var history = await services.HistoryOfAsync(account.Id);
        Assert.Contains(history, r => r is { Operation: AccountOperations.ProfileReadStart, Outcome: OperationOutcome.Succeeded } && r.Target == request.Id);
        Assert.Contains(history, r => r is { Operation: AccountOperations.ProfileRead, Outcome: OperationOutcome.Succeeded } && r.Target == request.Id);
    }

    [Fact]
    public async Task Completing_again_answers_the_stored_profile_and_the_items_are_gone_from_the_card_request()
    {
        var (services, profiles) = Create();
        var (_, resident) = await services.RegisteredAsync();
        var request = await profiles.StartReadingAsync(resident, _ct);
        await services.CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, _ct);
        await services.CardRequests.CompleteWithPrefillAsync(request.Id, Card, _ct);
        var first = await profiles.CompleteReadingAsync(resident, request.Id, _ct);

        var again = await profiles.CompleteReadingAsync(resident, request.Id, _ct);

        Assert.Equal(first, again);
        Assert.Null((await services.CardRequestRepository.FindAsync(request.Id, _ct))!.Document.Outcome!.Prefill);
    }

    [Fact]
    public async Task Someone_elses_card_request_is_not_found_and_leaves_the_items_to_its_owner()
    {
        var (services, profiles) = Create();
        var (_, owner) = await services.RegisteredAsync();
        var (stranger, strangerContext) = await services.RegisteredAsync();
        var request = await profiles.StartReadingAsync(owner, _ct);
        await services.CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, _ct);
        await services.CardRequests.CompleteWithPrefillAsync(request.Id, Card, _ct);

        await Assert.ThrowsAsync<CardRequestNotFoundException>(() => profiles.CompleteReadingAsync(strangerContext, request.Id, _ct));

        Assert.Null((await services.Repository.FindAsync(stranger.Id, _ct))!.Document.Profile);
        Assert.Equal("山田 花子", (await profiles.CompleteReadingAsync(owner, request.Id, _ct)).Name);
    }

    [Fact]
    public async Task A_login_card_request_of_the_same_account_is_not_a_profile_reading()
    {
        var (services, profiles) = Create();
        var (_, resident) = await services.RegisteredAsync();
        var login = await services.Certificates.StartAsync(resident, _ct);

        await Assert.ThrowsAsync<CardRequestNotFoundException>(() => profiles.CompleteReadingAsync(resident, login.Id, _ct));
        await Assert.ThrowsAsync<CardRequestNotFoundException>(() => profiles.CompleteReadingAsync(resident, "not-an-id", _ct));
    }

    [Fact]
    public async Task Before_the_signer_answers_it_is_pending_and_after_expiry_it_is_expired()
    {
        var (services, profiles) = Create();
        var (account, resident) = await services.RegisteredAsync();
        var request = await profiles.StartReadingAsync(resident, _ct);

        await Assert.ThrowsAsync<CardRequestPendingException>(() => profiles.CompleteReadingAsync(resident, request.Id, _ct));
        _clock.Advance(TimeSpan.FromMinutes(6));
        var expired = await Assert.ThrowsAsync<CardRequestRefusedException>(() => profiles.CompleteReadingAsync(resident, request.Id, _ct));

        Assert.Equal(CardRequestRefusal.Expired, expired.Refusal);
        Assert.Null((await services.Repository.FindAsync(account.Id, _ct))!.Document.Profile);
        Assert.Contains(await services.HistoryOfAsync(account.Id), r => r is { Operation: AccountOperations.ProfileRead, Outcome: OperationOutcome.Refused });
    }

    [Fact]
    public async Task The_signers_answer_holding_something_like_an_individual_number_is_refused_before_it_is_stored()
    {
        var (services, profiles) = Create();
        var (_, resident) = await services.RegisteredAsync();
        var request = await profiles.StartReadingAsync(resident, _ct);
        await services.CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, _ct);

        var refused = await Assert.ThrowsAsync<IndividualNumberRefusedException>(() => services.CardRequests.CompleteWithPrefillAsync(
            request.Id, Card with { Address = $"東京都千代田区 {IndividualNumber}" }, _ct));

        Assert.Equal("address", refused.Field);
        Assert.DoesNotContain(IndividualNumber, refused.Message, StringComparison.Ordinal);
        Assert.Null((await services.CardRequestRepository.FindAsync(request.Id, _ct))!.Document.Outcome);
        await Assert.ThrowsAsync<CardRequestPendingException>(() => profiles.CompleteReadingAsync(resident, request.Id, _ct));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("address")]
    public async Task Items_holding_something_like_an_individual_number_are_never_stored_on_the_account(string field)
    {
        var (services, profiles) = Create();
        var (account, resident) = await services.RegisteredAsync();
        var request = await profiles.StartReadingAsync(resident, _ct);
        // Past the card request's own check (a document written some other way): the profile checks again.
        var stored = (await services.CardRequestRepository.FindAsync(request.Id, _ct))!;
        var items = new BasicFourItems(field == "name" ? $"山田 {IndividualNumber}" : "山田 花子",
            field == "address" ? $"東京都 {IndividualNumber}" : "東京都", new DateOnly(1990, 4, 1), "2");
        await services.CardRequestRepository.ReplaceAsync(stored.Document with
        {
            State = CardRequestStates.Completed,
            Outcome = new CardRequestOutcome(_clock.GetUtcNow(), Prefill: items),
        }, stored.ETag, _ct);

        var refused = await Assert.ThrowsAsync<IndividualNumberRefusedException>(() => profiles.CompleteReadingAsync(resident, request.Id, _ct));

        Assert.Equal(field, refused.Field);
        Assert.Null((await services.Repository.FindAsync(account.Id, _ct))!.Document.Profile);
        Assert.Null((await services.CardRequestRepository.FindAsync(request.Id, _ct))!.Document.Outcome!.Prefill);
    }

    [Fact]
    public async Task Deleting_forgets_the_profile_and_is_recorded_without_values()
    {
        var (services, profiles) = Create();
        var (account, resident) = await services.RegisteredAsync();
        var request = await profiles.StartReadingAsync(resident, _ct);
        await services.CardRequests.ConfirmCodeAsync(request.Id, request.UserCode, _ct);
        await services.CardRequests.CompleteWithPrefillAsync(request.Id, Card, _ct);
        await profiles.CompleteReadingAsync(resident, request.Id, _ct);

        Assert.True(await profiles.DeleteAsync(resident, _ct));
        Assert.False(await profiles.DeleteAsync(resident, _ct));

        Assert.Null((await services.Repository.FindAsync(account.Id, _ct))!.Document.Profile);
        Assert.Empty((await services.Repository.FindAsync(account.Id, _ct))!.Document.AreaKeys);
        await Assert.ThrowsAsync<ProfileNotFoundException>(() => profiles.GetAsync(resident, _ct));
        var history = await services.HistoryOfAsync(account.Id);
        Assert.Equal(2, history.Count(r => r is { Operation: AccountOperations.ProfileDelete, Outcome: OperationOutcome.Succeeded, Target: null }));
        Assert.DoesNotContain(history, r => r.Target?.Contains("山田", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_pending_account_cannot_start_a_reading()
    {
        var (services, profiles) = Create();
        var pending = await services.Accounts.SignInAsync(AccountsFixture.Issuer, AccountsFixture.NewSerial(), "web", _ct);

        await Assert.ThrowsAsync<AccountStateException>(() =>
            profiles.StartReadingAsync(Portal.Domain.Residents.ResidentContext.Self(pending.Id, "web"), _ct));
    }
}
