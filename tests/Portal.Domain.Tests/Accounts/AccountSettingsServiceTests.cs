using Portal.Contracts.Errors;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Errors;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Terms;
using Portal.Testing;

namespace Portal.Domain.Tests.Accounts;

/// <summary>アカウント設定 against the real local stores: notifications, e-mail change by code, terms.</summary>
public sealed class AccountSettingsServiceTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private readonly ManualClock _clock = new(AccountsFixture.Now);
    private readonly CancellationToken _ct = CancellationToken.None;

    private AccountsServices Services => fixture.Services(_clock);

    [Fact]
    public async Task ConcurrentSettingsChangesAreAllKept()
    {
        var (account, resident) = await Services.RegisteredAsync();
        var newEmail = AccountsFixture.NewEmail();
        await Services.Settings.StartEmailChangeAsync(resident, newEmail, _ct);
        var code = await Services.ReissueAsync(ConfirmationPurposes.EmailChange, account.Id, newEmail);

        await Task.WhenAll(
            fixture.Services(_clock).Settings.UpdateNotificationsAsync(resident, false, null, _ct),
            fixture.Services(_clock).Settings.ConfirmEmailChangeAsync(resident, code, _ct),
            fixture.Services(_clock).Settings.UpdateNotificationsAsync(resident, false, null, _ct));

        var after = await Services.Accounts.GetAsync(account.Id, _ct);
        Assert.False(after.NotificationsEnabled);
        Assert.Equal(newEmail, after.Email);
        Assert.Equal(account.AcceptedTerms, after.AcceptedTerms);
    }

    [Fact]
    public async Task AStaleIfMatchIsAConflictAndChangesNothing()
    {
        var (account, resident) = await Services.RegisteredAsync();
        var stale = (await Services.Accounts.GetStoredAsync(account.Id, _ct)).ETag;
        var fresh = await Services.Settings.UpdateNotificationsAsync(resident, false, stale, _ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Services.Settings.UpdateNotificationsAsync(resident, true, stale, _ct));

        Assert.False((await Services.Accounts.GetAsync(account.Id, _ct)).NotificationsEnabled);
        Assert.NotEqual(stale, fresh.ETag);
        var updates = (await Services.HistoryOfAsync(account.Id)).Where(r => r.Operation == AccountOperations.SettingsUpdate).Select(r => r.Outcome).Order();
        Assert.Equal([OperationOutcome.Succeeded, OperationOutcome.Refused], updates);
    }

    [Fact]
    public async Task TheEmailChangesOnlyWithTheCodeSentToTheNewAddress()
    {
        var oldEmail = AccountsFixture.NewEmail();
        var (account, resident) = await Services.RegisteredAsync(oldEmail);
        var newEmail = AccountsFixture.NewEmail();

        await Services.Settings.StartEmailChangeAsync(resident, newEmail, _ct);
        Assert.Equal(oldEmail, (await Services.Accounts.GetAsync(account.Id, _ct)).Email);
        var code = await Services.ReissueAsync(ConfirmationPurposes.EmailChange, account.Id, newEmail);
        var changed = await Services.Settings.ConfirmEmailChangeAsync(resident, code, _ct);

        Assert.Equal(newEmail, changed.Email);
        var record = (await Services.HistoryOfAsync(account.Id)).First(r => r.Operation == AccountOperations.EmailChange);
        Assert.Equal(OperationOutcome.Succeeded, record.Outcome);
        Assert.Null(record.Target);
    }

    [Theory]
    [InlineData(null, FieldErrorCodes.Required)]
    [InlineData("not-an-address", FieldErrorCodes.InvalidEmail)]
    [InlineData("SAME", FieldErrorCodes.Unchanged)]
    public async Task ABadNewAddressIsRefused(string? email, string expected)
    {
        var current = AccountsFixture.NewEmail();
        var (_, resident) = await Services.RegisteredAsync(current);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Services.Settings.StartEmailChangeAsync(resident, email == "SAME" ? current.ToUpperInvariant() : email, _ct));

        Assert.Equal(expected, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task APendingAccountHasNoSettings()
    {
        var account = await Services.Accounts.SignInAsync(AccountsFixture.Issuer, AccountsFixture.NewSerial(), "web", _ct);
        var resident = ResidentContext.Self(account.Id, "web");

        await Assert.ThrowsAsync<AccountStateException>(() => Services.Settings.UpdateNotificationsAsync(resident, true, null, _ct));
        await Assert.ThrowsAsync<AccountStateException>(() => Services.Settings.StartEmailChangeAsync(resident, AccountsFixture.NewEmail(), _ct));
        await Assert.ThrowsAsync<AccountStateException>(() => Services.Settings.GetTermsAsync(resident, _ct));
    }

    [Fact]
    public async Task OnlyTheTermsVersionInEffectCanBeAcceptedAndANewerOneIsAnnounced()
    {
        var (account, resident) = await Services.RegisteredAsync();
        var before = await Services.Settings.GetTermsAsync(resident, _ct);
        // Far in the future, so the other tests (at AccountsFixture.Now) never see it in effect.
        var newer = $"2031-{Random.Shared.Next(1, 12):D2}-{Guid.NewGuid():N}";
        await Services.Terms.PublishAsync(new TermsVersion
        {
            Id = newer, Title = "マイナポータル利用規約（改定）", Body = "第1条 改定後の規約です。",
            EffectiveAt = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero), PublishedAt = AccountsFixture.Now,
        }, _ct);
        _clock.Now = new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var current = (await Services.Terms.FindCurrentAsync(_clock.Now, _ct))!.Id;

        var announced = await Services.Settings.GetTermsAsync(resident, _ct);
        var old = await Assert.ThrowsAsync<InvalidInputException>(() => Services.Settings.AcceptTermsAsync(resident, AccountsFixture.TermsVersion, _ct));
        var accepted = await Services.Settings.AcceptTermsAsync(resident, current, _ct);

        Assert.False(before.NewerVersionAvailable);
        Assert.True(announced.NewerVersionAvailable);
        Assert.Equal(AccountsFixture.TermsVersion, announced.AcceptedText.Id);
        Assert.Equal(FieldErrorCodes.NotCurrentTerms, Assert.Single(old.Errors).Code);
        Assert.Equal(new AcceptedTerms(current, _clock.Now), accepted.AcceptedTerms);
        Assert.False((await Services.Settings.GetTermsAsync(resident, _ct)).NewerVersionAvailable);
        Assert.Equal(account.Id, accepted.Id);
    }
}
