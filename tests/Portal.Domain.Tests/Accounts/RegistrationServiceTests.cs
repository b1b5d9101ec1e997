using Portal.Contracts.Errors;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Registration;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Testing;

namespace Portal.Domain.Tests.Accounts;

/// <summary>利用者登録 (2-B ❷–❻) against the real local stores: codes, tries, expiry, what is recorded.</summary>
public sealed class RegistrationServiceTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private readonly ManualClock _clock = new(AccountsFixture.Now);
    private readonly CancellationToken _ct = CancellationToken.None;

    private AccountsServices Services => fixture.Services(_clock);

    public static TheoryData<string?, bool?, string?, string[]> BadInputs => new()
    {
        { null, true, AccountsFixture.TermsVersion, ["email required"] },
        { "", true, AccountsFixture.TermsVersion, ["email required"] },
        { "hanako", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { "hanako@", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { "@example.jp", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { "hanako@localhost", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { "hanako@@example.jp", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { "Hanako <hanako@example.jp>", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { "hanako @example.jp", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { "はなこ@example.jp", true, AccountsFixture.TermsVersion, ["email invalid-email"] },
        { new string('a', 250) + "@example.jp", true, AccountsFixture.TermsVersion, ["email too-long"] },
        { "hanako@example.jp", null, AccountsFixture.TermsVersion, ["notificationsEnabled required"] },
        { "hanako@example.jp", true, null, ["termsVersion required"] },
        { "hanako@example.jp", true, "2020-01-01", ["termsVersion not-current-terms"] },
        { "bad", null, null, ["email invalid-email", "notificationsEnabled required", "termsVersion required"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInputIsRefusedNamingEveryBadFieldAndSendsNoCode(string? email, bool? notifications, string? terms, string[] expected)
    {
        var resident = await PendingAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Services.Registration.StartAsync(resident, new RegistrationInput(email, notifications, terms), _ct));

        Assert.Equal(expected, refused.Errors.Select(e => $"{e.Field} {e.Code}"));
        await AssertNoCodeAsync(resident);
        var record = Assert.Single(await Services.HistoryOfAsync(resident.PrincipalId), r => r.Operation == AccountOperations.RegistrationStart);
        Assert.Equal(OperationOutcome.Refused, record.Outcome);
    }

    [Fact]
    public async Task TheRightCodeRegistersTheAccountWithWhatWasEnteredAndIsUsedOnce()
    {
        var resident = await PendingAsync();
        var email = AccountsFixture.NewEmail();
        var sent = await Services.Registration.StartAsync(resident, new RegistrationInput(email, false, AccountsFixture.TermsVersion), _ct);
        var code = await Services.ReissueAsync(ConfirmationPurposes.Registration, resident.PrincipalId, email, false, AccountsFixture.TermsVersion);
        var screen = await Services.Registration.GetPendingAsync(resident, _ct);
        _clock.Advance(TimeSpan.FromMinutes(9));

        var account = await Services.Registration.ConfirmAsync(resident, code, _ct);

        Assert.Equal(AccountsFixture.Now + EmailConfirmation.Lifetime, sent.ExpiresAt);
        Assert.Equal((email, false, AccountsFixture.TermsVersion), (screen.Email, screen.NotificationsEnabled, screen.TermsVersion));
        Assert.Equal(AccountStates.Registered, account.State);
        Assert.Equal(email, account.Email);
        Assert.False(account.NotificationsEnabled);
        Assert.Equal(new AcceptedTerms(AccountsFixture.TermsVersion, _clock.Now), account.AcceptedTerms);
        Assert.Equal(_clock.Now, account.RegisteredAt);
        var used = await Assert.ThrowsAsync<ConfirmationRefusedException>(() =>
            Services.Confirmations.GetAsync(ConfirmationPurposes.Registration, resident.PrincipalId, _ct));
        Assert.Equal(ConfirmationRefusal.NotStarted, used.Refusal);
        await Assert.ThrowsAsync<AccountStateException>(() => Services.Registration.ConfirmAsync(resident, code, _ct));
    }

    [Fact]
    public async Task FiveWrongCodesKillTheCodeAndThenEvenTheRightOneIsRefused()
    {
        var (resident, code) = await StartedAsync();
        var wrong = code == "000000" ? "111111" : "000000";

        var remaining = new List<int>();
        for (var i = 0; i < EmailConfirmation.MaxAttempts; i++)
        {
            var refused = await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.ConfirmAsync(resident, wrong, _ct));
            Assert.Equal(ConfirmationRefusal.Incorrect, refused.Refusal);
            remaining.Add(refused.RemainingAttempts);
        }
        var locked = await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.ConfirmAsync(resident, code, _ct));

        Assert.Equal([4, 3, 2, 1, 0], remaining);
        Assert.Equal(ConfirmationRefusal.Locked, locked.Refusal);
        Assert.Equal(AccountStates.Pending, (await Services.Accounts.GetAsync(resident.PrincipalId, _ct)).State);
        var confirms = (await Services.HistoryOfAsync(resident.PrincipalId)).Where(r => r.Operation == AccountOperations.RegistrationConfirm).ToList();
        Assert.Equal(6, confirms.Count);
        Assert.All(confirms, r => Assert.Equal(OperationOutcome.Refused, r.Outcome));
    }

    [Fact]
    public async Task ConcurrentWrongAttemptsAreEachCounted()
    {
        var (resident, code) = await StartedAsync();
        var wrong = code == "000000" ? "111111" : "000000";

        await Task.WhenAll(Enumerable.Range(0, EmailConfirmation.MaxAttempts).Select(_ =>
            Assert.ThrowsAsync<ConfirmationRefusedException>(() => fixture.Services(_clock).Registration.ConfirmAsync(resident, wrong, _ct))));

        var locked = await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.ConfirmAsync(resident, code, _ct));
        Assert.Equal(ConfirmationRefusal.Locked, locked.Refusal);
    }

    [Fact]
    public async Task AnExpiredCodeIsRefusedAsExpiredAndChangesNothing()
    {
        var (resident, code) = await StartedAsync();
        _clock.Advance(EmailConfirmation.Lifetime);

        var refused = await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.ConfirmAsync(resident, code, _ct));

        Assert.Equal(ConfirmationRefusal.Expired, refused.Refusal);
        Assert.Equal(AccountStates.Pending, (await Services.Accounts.GetAsync(resident.PrincipalId, _ct)).State);
    }

    [Fact]
    public async Task SendingAgainReplacesTheCodeAndResetsTheTries()
    {
        var (resident, first) = await StartedAsync();
        var wrong = first == "000000" ? "111111" : "000000";
        await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.ConfirmAsync(resident, wrong, _ct));

        var email = AccountsFixture.NewEmail();
        await Services.Registration.StartAsync(resident, new RegistrationInput(email, true, AccountsFixture.TermsVersion), _ct);
        var second = await Services.ReissueAsync(ConfirmationPurposes.Registration, resident.PrincipalId, email, true, AccountsFixture.TermsVersion);

        Assert.Equal(EmailConfirmation.MaxAttempts, (await Services.Registration.GetPendingAsync(resident, _ct)).RemainingAttempts);
        if (first != second)
        {
            await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.ConfirmAsync(resident, first, _ct));
        }
        Assert.Equal(email, (await Services.Registration.ConfirmAsync(resident, second, _ct)).Email);
    }

    [Theory]
    [InlineData(null, FieldErrorCodes.Required)]
    [InlineData("12345", FieldErrorCodes.InvalidCode)]
    [InlineData("1234567", FieldErrorCodes.InvalidCode)]
    [InlineData("12a456", FieldErrorCodes.InvalidCode)]
    [InlineData("１２３４５６", FieldErrorCodes.InvalidCode)]
    public async Task AMalformedCodeIsRefusedWithoutUsingATry(string? code, string expected)
    {
        var (resident, _) = await StartedAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Services.Registration.ConfirmAsync(resident, code, _ct));

        Assert.Equal(expected, Assert.Single(refused.Errors).Code);
        Assert.Equal(EmailConfirmation.MaxAttempts, (await Services.Registration.GetPendingAsync(resident, _ct)).RemainingAttempts);
    }

    [Fact]
    public async Task TermsRevisedAfterTheCodeWasSentAreRefusedWithoutUsingTheCode()
    {
        var (resident, _) = await StartedAsync();
        // As if the terms were revised after the code was sent: the pending registration names an older text.
        var email = AccountsFixture.NewEmail();
        var stale = await Services.ReissueAsync(ConfirmationPurposes.Registration, resident.PrincipalId, email, true, "2025-01-01");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Services.Registration.ConfirmAsync(resident, stale, _ct));

        Assert.Equal("termsVersion not-current-terms", $"{refused.Errors[0].Field} {refused.Errors[0].Code}");
        Assert.Equal(EmailConfirmation.MaxAttempts, (await Services.Registration.GetPendingAsync(resident, _ct)).RemainingAttempts);
    }

    [Fact]
    public async Task ConfirmingWithoutACodeSentIsNotStarted()
    {
        var resident = await PendingAsync();

        var refused = await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.ConfirmAsync(resident, "123456", _ct));

        Assert.Equal(ConfirmationRefusal.NotStarted, refused.Refusal);
    }

    [Fact]
    public async Task ARegisteredAccountCannotRegisterAgain()
    {
        var (_, resident) = await Services.RegisteredAsync();

        await Assert.ThrowsAsync<AccountStateException>(() => Services.Registration.StartAsync(
            resident, new RegistrationInput(AccountsFixture.NewEmail(), true, AccountsFixture.TermsVersion), _ct));
    }

    [Fact]
    public async Task TheHistoryRecordsEachStepWithItsOutcomeButNeverTheAddressOrTheCode()
    {
        var email = AccountsFixture.NewEmail();
        var (account, _) = await Services.RegisteredAsync(email);

        var history = await Services.HistoryOfAsync(account.Id);

        // One clock instant for all three: the order within it is not defined, the set is.
        Assert.Equal(
            [AccountOperations.RegistrationConfirm, AccountOperations.RegistrationStart, AccountOperations.SignIn],
            history.Select(r => r.Operation).Order());
        Assert.All(history, r => Assert.Equal(OperationOutcome.Succeeded, r.Outcome));
        Assert.All(history, r => Assert.DoesNotContain("@", System.Text.Json.JsonSerializer.Serialize(r)));
    }

    private async Task<ResidentContext> PendingAsync()
    {
        var account = await Services.Accounts.SignInAsync(AccountsFixture.Issuer, AccountsFixture.NewSerial(), "web", _ct);
        return ResidentContext.Self(account.Id, "web");
    }

    private async Task<(ResidentContext Resident, string Code)> StartedAsync()
    {
        var resident = await PendingAsync();
        var email = AccountsFixture.NewEmail();
        await Services.Registration.StartAsync(resident, new RegistrationInput(email, true, AccountsFixture.TermsVersion), _ct);
        return (resident, await Services.ReissueAsync(ConfirmationPurposes.Registration, resident.PrincipalId, email, true, AccountsFixture.TermsVersion));
    }

    private async Task AssertNoCodeAsync(ResidentContext resident)
    {
        var refused = await Assert.ThrowsAsync<ConfirmationRefusedException>(() => Services.Registration.GetPendingAsync(resident, _ct));
        Assert.Equal(ConfirmationRefusal.NotStarted, refused.Refusal);
    }
}
