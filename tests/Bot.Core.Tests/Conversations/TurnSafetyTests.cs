using System.Net;
using System.Text.Json;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Conversations;

/// <summary>Turns that must not hurt: individual numbers, a failing portal, two turns at once.</summary>
[Collection(BotTestCollection.Name)]
public sealed class TurnSafetyTests(BotTestHost host)
{
    [Theory]
    [InlineData("123456789018")]
    [InlineData("私の番号は１２３４ ５６７８ ９０１８です")]
    [InlineData("1234-5678-9018")]
    public async Task AnIndividualNumberIsRefusedAndIsNeitherStoredNorLogged(string text)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);
        var before = await bot.StoredAsync(user);

        var replies = await bot.SayAsync(user, text);
        var viaForm = await bot.SendAsync(user, null, BotActions.More.ToString(), new Dictionary<string, string> { ["note"] = text });

        Assert.Contains("個人番号", Text(replies));
        Assert.Contains("個人番号", Text(viaForm));
        var after = await bot.StoredAsync(user);
        Assert.Equal(before.ETag, after.ETag);
        var stored = JsonSerializer.Serialize(after.State, BotDatabase.DocumentJson);
        foreach (var trace in new[] { "123456789018", "9018", "９０１８" })
        {
            Assert.DoesNotContain(trace, stored);
            Assert.DoesNotContain(trace, bot.Logs.All);
        }
    }

    [Fact]
    public async Task AnIndividualNumberAsAFormsFieldNameIsRefusedToo()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);
        var before = await bot.StoredAsync(user);

        var replies = await bot.SendAsync(user, null, BotActions.More.ToString(), new Dictionary<string, string> { ["1234 - 5678 - 9018"] = "はい" });

        Assert.Contains("個人番号", Text(replies));
        Assert.Equal(before.ETag, (await bot.StoredAsync(user)).ETag);
        Assert.DoesNotContain("9018", bot.Logs.All);
    }

    [Fact]
    public async Task ATurnWhosePortalCallFailsLeavesTheStateAsItWasAndAnswersPolitely()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);
        var before = await bot.StoredAsync(user);
        var requests = bot.Handler.Requests;
        bot.Handler.Intercept = (_, _) => Task.FromResult<HttpResponseMessage?>(new HttpResponseMessage(HttpStatusCode.InternalServerError));

        var replies = await bot.SayAsync(user, "児童手当");

        Assert.Contains("うまく処理できませんでした", Text(replies));
        Assert.True(OffersMenu(replies));
        Assert.True(bot.Handler.Requests - requests > 1, "the 500 is retried");
        var after = await bot.StoredAsync(user);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Null(after.State.LastSearch);
        Assert.DoesNotContain("Exception", Text(replies));
        Assert.DoesNotContain("児童手当", bot.Logs.All);
        Assert.DoesNotContain(Uri.EscapeDataString("児童手当"), bot.Logs.All);
    }

    [Fact]
    public async Task AnUnreachablePortalIsAnsweredPolitely()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);
        bot.Handler.Intercept = (_, _) => throw new HttpRequestException("connection refused");

        var replies = await bot.SayAsync(user, "児童手当");

        Assert.Contains("うまく処理できませんでした", Text(replies));
    }

    [Fact]
    public async Task TwoConcurrentTurnsForOneUserKeepBothChanges()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await SetArakawaAsync(bot, user);
        // The resident was also offered 千代田区 earlier: picking it is the second turn's change.
        var stored = await bot.StoredAsync(user);
        await bot.Store.SaveAsync(stored.State with { LocalGovernmentCandidates = [new(TestCatalog.Chiyoda, "千代田区（東京都）")] }, stored.ETag,
            CancellationToken.None);
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var searches = 0;
        bot.Handler.Intercept = async (request, _) =>
        {
            if (request.RequestUri!.AbsolutePath == "/api/procedures" && Interlocked.Increment(ref searches) == 1)
            {
                held.SetResult();
                await release.Task;
            }
            return null;
        };

        var search = bot.SayAsync(user, "児童手当");
        await held.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await bot.PressAsync(user, BotActions.PickLocalGovernment(TestCatalog.Chiyoda).ToString());
        release.SetResult();
        var replies = await search;

        var state = (await bot.StoredAsync(user)).State;
        Assert.Equal(TestCatalog.Chiyoda, state.LocalGovernment?.Code);
        Assert.Equal("児童手当", state.LastSearch?.Query);
        Assert.Equal(2, searches);
        Assert.Equal("千代田区：オンラインで申請できます", Cards(replies).First().Subtitle);
    }
}
