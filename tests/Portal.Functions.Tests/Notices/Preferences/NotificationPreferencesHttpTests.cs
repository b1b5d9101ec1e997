using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Preferences;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Delivery;

namespace Portal.Functions.Tests.Notices.Preferences;

/// <summary>
/// 通知設定 over HTTP: the defaults come from the registration's メール通知, a PUT replaces the whole setting after
/// checking all of it, each resident reads and writes only their own, and they go with the account.
/// </summary>
public sealed class NotificationPreferencesHttpTests(NoticeDeliveryFixture fixture) : IClassFixture<NoticeDeliveryFixture>
{
    private const string Path = "/api/me/notification-preferences";

    private AccountsApi Api => fixture.Api;

    [Theory]
    [InlineData(true, new[] { "email", "chat" })]
    [InlineData(false, new[] { "chat" })]
    public async Task Without_saving_a_resident_gets_email_as_their_registration_chose_chat_everywhere_and_night_quiet_hours(
        bool emailNotifications, string[] channels)
    {
        var (_, token, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token, new { notificationsEnabled = emailNotifications }), 200);

        var response = await Api.SendAsync(HttpMethod.Get, Path, token);
        var got = await AccountsApi.ExpectAsync(response, 200);

        Assert.False(got.GetProperty("saved").GetBoolean());
        Assert.Null(response.Headers.ETag);
        foreach (var category in NoticeCategories.All)
        {
            Assert.Equal(channels, Strings(got.GetProperty("channels").GetProperty(category)));
        }
        Assert.Empty(Strings(got.GetProperty("interests")));
        Assert.Equal("21:00", got.GetProperty("quietHours").GetProperty("start").GetString());
        Assert.Equal("08:00", got.GetProperty("quietHours").GetProperty("end").GetString());
    }

    [Fact]
    public async Task What_a_resident_saves_is_what_they_read_back_with_its_version()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var channels = PreferenceBodies.Channels("chat");
        channels["tax"] = new[] { "email" };
        channels["disaster"] = Array.Empty<string>();

        var put = await Api.SendAsync(HttpMethod.Put, Path, token,
            PreferenceBodies.Of(channels, ["health", "childcare"], new { start = "22:30", end = "06:00" }));
        AccountsApi.Expect(put, 200);
        var got = await Api.SendAsync(HttpMethod.Get, Path, token);
        var read = await AccountsApi.ExpectAsync(got, 200);

        Assert.True(read.GetProperty("saved").GetBoolean());
        Assert.Equal(put.Headers.ETag, got.Headers.ETag);
        Assert.Equal(["email"], Strings(read.GetProperty("channels").GetProperty("tax")));
        Assert.Empty(Strings(read.GetProperty("channels").GetProperty("disaster")));
        Assert.Equal(["chat"], Strings(read.GetProperty("channels").GetProperty("health")));
        Assert.Equal(["childcare", "health"], Strings(read.GetProperty("interests")));
        Assert.Equal("22:30", read.GetProperty("quietHours").GetProperty("start").GetString());
    }

    [Fact]
    public async Task Quiet_hours_may_be_turned_off_and_a_stale_version_is_refused()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var first = await Api.SendAsync(HttpMethod.Put, Path, token, PreferenceBodies.Of());
        AccountsApi.Expect(first, 200);
        var stale = first.Headers.ETag!.Tag;

        var off = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Put, Path, token, PreferenceBodies.Of(quietOff: true)), 200);
        var conflict = await Api.SendAsync(HttpMethod.Put, Path, token, PreferenceBodies.Of(),
            r => r.Headers.TryAddWithoutValidation("If-Match", stale));

        Assert.True(!off.TryGetProperty("quietHours", out var quiet) || quiet.ValueKind == JsonValueKind.Null);
        Assert.Equal(412, (int)conflict.StatusCode);
    }

    [Fact]
    public async Task The_version_a_GET_answers_saves_once_with_If_Match_and_is_stale_after()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, token, PreferenceBodies.Of()), 200);
        var read = (await Api.SendAsync(HttpMethod.Get, Path, token)).Headers.ETag!.ToString();

        var saved = await Api.SendAsync(HttpMethod.Put, Path, token, PreferenceBodies.Of(interests: ["tax"]),
            r => r.Headers.TryAddWithoutValidation("If-Match", read));
        var again = await Api.SendAsync(HttpMethod.Put, Path, token, PreferenceBodies.Of(interests: ["health"]),
            r => r.Headers.TryAddWithoutValidation("If-Match", read));

        AccountsApi.Expect(saved, 200);
        Assert.Equal(412, (int)again.StatusCode);
        var after = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200);
        Assert.Equal(["tax"], Strings(after.GetProperty("interests")));
    }

    public static TheoryData<string, object, string> BadInput() => new()
    {
        { "an unknown category", PreferenceBodies.Of(new Dictionary<string, object?>(PreferenceBodies.Channels()) { ["weather"] = Array.Empty<string>() }), "channels" },
        { "an unknown channel", PreferenceBodies.Of(new Dictionary<string, object?>(PreferenceBodies.Channels()) { ["tax"] = new[] { "fax" } }), "channels.tax" },
        { "a time that is not HH:mm", PreferenceBodies.Of(quietHours: new { start = "9pm", end = "08:00" }), "quietHours.start" },
        { "an interest in an unknown category", PreferenceBodies.Of(interests: ["weather"]), "interests" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_a_problem_naming_the_field_in_Japanese_and_nothing_is_stored(string why, object body, string field)
    {
        var (_, token, _) = await Api.RegisteredAsync();

        var response = await Api.SendAsync(HttpMethod.Put, Path, token, body);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await AccountsApi.ExpectAsync(response, 400);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
        Assert.DoesNotMatch("^[A-Za-z.]+の", error.GetProperty("detail").GetString()!);
        var after = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200);
        Assert.False(after.GetProperty("saved").GetBoolean(), why);
    }

    [Fact]
    public async Task A_resident_never_reads_or_changes_another_residents_preferences()
    {
        var (_, alice, _) = await Api.RegisteredAsync();
        var (_, bob, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, alice, PreferenceBodies.Of(PreferenceBodies.Channels(), ["tax"])), 200);

        var bobReads = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, bob), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, bob, PreferenceBodies.Of(interests: ["health"])), 200);
        var aliceReads = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, alice), 200);

        Assert.False(bobReads.GetProperty("saved").GetBoolean());
        Assert.Equal(["tax"], Strings(aliceReads.GetProperty("interests")));
        Assert.Empty(Strings(aliceReads.GetProperty("channels").GetProperty("health")));
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_preferences()
    {
        var (id, token, _) = await Api.RegisteredAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, token, PreferenceBodies.Of()), 200);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);

        Assert.Null(await Api.Host.Services.GetRequiredService<NotificationPreferencesRepository>().ReadAsync(id, CancellationToken.None));
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
