using System.Text.Json.Nodes;
using Bot.Functions.Tests.Support;
using Portal.Testing.PublicFundsAccounts;
using Xunit.Abstractions;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>One resident, one application, three channels: started on LINE, continued on Teams, finished in the web chat.</summary>
[Collection(TranscriptCollection.Name)]
public sealed class CrossChannelTranscriptTests(TranscriptHosts hosts, ITestOutputHelper output)
{
    [Fact]
    public async Task AnApplicationStartedOnLineContinuesOnTeamsAndIsSubmittedFromTheWebChatWithEveryAnswerCarriedOver()
    {
        var transcript = new Transcript();
        await transcript.RunAsync(output, async () =>
        {
            var card = hosts.IssueCard();
            var form = await hosts.FormViewAsync("child-allowance-certification");
            var name = TranscriptHosts.ProcedureName(form);
            var picks = new Dictionary<string, JsonNode>(StringComparer.Ordinal)
            {
                ["hasSpouse"] = JsonValue.Create(true),
                ["livesTogether"] = JsonValue.Create(true),
                ["usePublicFundsAccount"] = JsonValue.Create(true),
            };

            // LINE: search, 申請する, log in with the card and register; a few answers; あとで.
            var line = new LineResident(hosts, transcript);
            var login = await line.ApplyAsync(name);
            await line.LogInWithCardAsync(hosts, login, card);
            var start = await line.RegisterAsync(hosts, ResidentSteps.NewEmail());
            // はい to 「公金受取口座を利用しますか」 below: the resident registered the account (the chat then names it, masked).
            await TestPublicFundsAccounts.RegisterAsync(hosts.Portal.Services, await CardLogins.AccountOfAsync(hosts.Portal.Services, card));
            Assert.Contains(start, m => m.Says("の入力をはじめます"));
            var filler = new FormFiller(hosts, line, form, picks);
            var pendingOnLine = Question(await filler.FillAsync(start, stopAfter: 3));
            var onLine = new Dictionary<string, string>(filler.Shown);
            Assert.Equal(3, onLine.Count);
            Assert.Contains(await line.PressAsync("あとで"), m => m.Says("下書きとして保存しました"));

            // Teams: the same card logs in; やること offers the draft, which goes on from where it stopped; あとで.
            var teams = new TeamsResident(hosts, transcript);
            await teams.LogInWithCardAsync(hosts, await teams.SayAsync("やること"), card);
            await teams.WaitForTextAsync("入力途中の申請があります");
            var resumed = await teams.PressAsync(name);
            Assert.Contains(resumed, m => m.Says("の入力をはじめます"));
            Assert.Equal(pendingOnLine, Question(resumed));
            filler = filler.ContinuedBy(teams);
            var pendingOnTeams = Question(await filler.FillAsync(resumed, stopAfter: 3));
            var onTeams = new Dictionary<string, string>(filler.Shown);
            Assert.Equal(6, onTeams.Count);
            Assert.Contains(await teams.PressAsync("あとで"), m => m.Says("下書きとして保存しました"));

            // The web chat: log in, やること, finish, and submit with the card's signature.
            using var web = await WebChatResident.OpenAsync(hosts, transcript);
            await web.LogInWithCardAsync(hosts, await web.SayAsync("やること"), card);
            await web.WaitForTextAsync("入力途中の申請があります");
            var last = await web.PressAsync(name);
            Assert.Equal(pendingOnTeams, Question(last));
            filler = filler.ContinuedBy(web);
            var review = await filler.FillAsync(last);

            var summary = review.SelectMany(m => m.Cards).SelectMany(c => c.Fields).ToList();
            foreach (var (label, shown) in onTeams)
            {
                Assert.Contains(summary, f => f.Label == label && f.Value == shown);
            }
            var receipt = await web.SubmitAsync(hosts, card);
            Assert.Matches(@"\S", receipt);
        });
    }

    /// <summary>The question the bot is asking (the last one offering choices).</summary>
    private static string Question(IReadOnlyList<ChatMessage> replies) => replies.Last(m => m.Kind == "choices").Text;
}
