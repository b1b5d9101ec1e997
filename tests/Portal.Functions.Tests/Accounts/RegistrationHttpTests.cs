using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Functions.Tests.Accounts;

/// <summary>利用者登録 over HTTP (2-B ❶–❻): the code goes out by e-mail through the SMTP sink and comes back.</summary>
public sealed class RegistrationHttpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task APendingResidentRegistersWithTheCodeFromTheEmail()
    {
        var id = await Api.NewPendingAccountAsync();
        var token = await Api.TokenAsync(id, "registration");
        var email = AccountsApi.NewEmail();

        var terms = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/terms/current", null), 200);
        var before = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me", token), 200);
        var sent = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/registration", token,
            new { email, notificationsEnabled = true, termsVersion = terms.GetProperty("version").GetString() }), 202);
        var mail = await Api.MailTextToAsync(email);
        var code = await Api.CodeSentToAsync(email);
        var screen = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/registration", token), 200);
        var registered = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/registration/confirm", token, new { code }), 200);
        var me = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me", await Api.TokenAsync(id, "portal")), 200);

        Assert.Equal("pending", before.GetProperty("state").GetString());
        Assert.False(before.TryGetProperty("email", out _));
        Assert.Equal(Api.Clock.Now.AddMinutes(10), sent.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(5, sent.GetProperty("maxAttempts").GetInt32());
        Assert.Contains("利用者登録", mail);
        Assert.Equal(email, screen.GetProperty("email").GetString());
        Assert.True(screen.GetProperty("notificationsEnabled").GetBoolean());
        Assert.Equal(AccountsApi.TermsVersion, screen.GetProperty("termsVersion").GetString());
        Assert.Equal("registered", registered.GetProperty("state").GetString());
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(AccountsApi.TermsVersion, me.GetProperty("acceptedTerms").GetProperty("version").GetString());
        Assert.Equal(1, me.GetProperty("certificateCount").GetInt32());
        Assert.DoesNotContain(Api.Host.Root.Logs.Entries, e => e.Message.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FiveWrongCodesKillTheCodeAndTheRightOneIsThenRefused()
    {
        var id = await Api.NewPendingAccountAsync();
        var token = await Api.TokenAsync(id, "registration");
        var email = AccountsApi.NewEmail();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, "/api/me/registration", token,
            new { email, notificationsEnabled = false, termsVersion = AccountsApi.TermsVersion }), 202);
        var code = await Api.CodeSentToAsync(email);
        var wrong = code == "000000" ? "999999" : "000000";

        var remaining = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var response = await Api.SendAsync(HttpMethod.Post, "/api/me/registration/confirm", token, new { code = wrong });
            Assert.Equal("confirmation-code-incorrect", await AccountsApi.ProblemTypeAsync(response));
            remaining.Add((await AccountsApi.ExpectAsync(response, 400)).GetProperty("remainingAttempts").GetInt32());
        }
        var right = await Api.SendAsync(HttpMethod.Post, "/api/me/registration/confirm", token, new { code });

        Assert.Equal([4, 3, 2, 1, 0], remaining);
        AccountsApi.Expect(right, 410);
        Assert.Equal("confirmation-code-locked", await AccountsApi.ProblemTypeAsync(right));
        var me = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me", token), 200);
        Assert.Equal("pending", me.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnExpiredCodeHasItsOwnProblemType()
    {
        var id = await Api.NewPendingAccountAsync();
        var email = AccountsApi.NewEmail();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, "/api/me/registration", await Api.TokenAsync(id, "registration"),
            new { email, notificationsEnabled = true, termsVersion = AccountsApi.TermsVersion }), 202);
        var code = await Api.CodeSentToAsync(email);
        Api.Clock.Advance(TimeSpan.FromMinutes(10));

        var response = await Api.SendAsync(HttpMethod.Post, "/api/me/registration/confirm", await Api.TokenAsync(id, "registration"), new { code });

        AccountsApi.Expect(response, 410);
        Assert.Equal("confirmation-code-expired", await AccountsApi.ProblemTypeAsync(response));
    }

    public static TheoryData<string, string[]> BadBodies => new()
    {
        { """{"email":"hanako","notificationsEnabled":true,"termsVersion":"2026-04-01"}""", ["email"] },
        { """{"notificationsEnabled":true,"termsVersion":"2026-04-01"}""", ["email"] },
        { """{"email":"hanako@example.jp","termsVersion":"2026-04-01"}""", ["notificationsEnabled"] },
        { """{"email":"hanako@example.jp","notificationsEnabled":true,"termsVersion":"2019-01-01"}""", ["termsVersion"] },
        { """{}""", ["email", "notificationsEnabled", "termsVersion"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadRegistrationInputIsOneProblemNamingEveryField(string body, string[] fields)
    {
        var token = await Api.TokenAsync(await Api.NewPendingAccountAsync(), "registration");

        var response = await Api.SendAsync(HttpMethod.Post, "/api/me/registration", token, configure: request =>
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(response));
        var problem = await AccountsApi.ExpectAsync(response, 400);
        Assert.Equal(fields, problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.NotEmpty(e.GetProperty("detail").GetString()!));
    }

    [Fact]
    public async Task TheTermsArePublicByVersionAndAnUnknownVersionIsNotFound()
    {
        var version = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/terms/{AccountsApi.TermsVersion}", null), 200);
        var unknown = await Api.SendAsync(HttpMethod.Get, "/api/terms/1999-01-01", null);

        Assert.Equal("マイナポータル利用規約", version.GetProperty("title").GetString());
        AccountsApi.Expect(unknown, 404);
        Assert.Equal("terms-not-found", await AccountsApi.ProblemTypeAsync(unknown));
    }
}
