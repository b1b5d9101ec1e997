using System.Text.Json.Nodes;
using Portal.Domain.Applications.Status;
using Xunit.Abstractions;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>The whole journey of a first-time resident on LINE, from a search to the agency's status change.</summary>
[Collection(TranscriptCollection.Name)]
public sealed class JourneyTranscriptTests(TranscriptHosts hosts, ITestOutputHelper output)
{
    [Fact]
    public async Task AFirstTimeResidentSearchesLogsInRegistersFillsAFormWithABranchAndAnAttachmentPausesResumesSubmitsSignedAndHearsOfTheStatusChange()
    {
        var transcript = new Transcript();
        await transcript.RunAsync(output, async () =>
        {
            var card = hosts.IssueCard();
            var form = await hosts.FormViewAsync("child-allowance-certification");
            // Not the public funds account: the bank questions follow, with the account number and a copy of the
            // passbook on the web form page.
            var picks = new Dictionary<string, JsonNode>(StringComparer.Ordinal)
            {
                ["hasSpouse"] = JsonValue.Create(false),
                ["livesTogether"] = JsonValue.Create(false),
                ["usePublicFundsAccount"] = JsonValue.Create(false),
            };
            var resident = new LineResident(hosts, transcript);

            var login = await resident.ApplyAsync(TranscriptHosts.ProcedureName(form));
            Assert.Contains(login, m => m.Says("ログインが必要"));
            await resident.LogInWithCardAsync(hosts, login, card);
            var email = ResidentSteps.NewEmail();
            var start = await resident.RegisterAsync(hosts, email);
            Assert.Contains(start, m => m.Says("「児童手当 認定請求書」の入力をはじめます"));

            var filler = new FormFiller(hosts, resident, form, picks);
            await filler.FillAsync(start, stopAfter: 5);
            Assert.Contains(await resident.PressAsync("あとで"), m => m.Says("下書きとして保存しました"));

            Assert.Contains(await resident.SayAsync("やること"), m => m.Says("入力途中の申請があります"));
            var resumed = await resident.PressAsync(TranscriptHosts.ProcedureName(form));
            var review = await filler.FillAsync(resumed);
            _ = filler.CheckConditions().ToList();
            Assert.Contains("bank.name", filler.Asked);
            Assert.Contains("attachments.accountCopy", filler.Asked);
            Assert.DoesNotContain("spouse.name", filler.Asked);
            var summary = review.SelectMany(m => m.Cards).SelectMany(c => c.Fields).ToList();
            Assert.Contains(summary, f => f.Label == "口座番号" && f.Value == "（入力済み）");
            Assert.Contains(summary, f => f.Label == "通帳またはキャッシュカードの写し" && f.Value == "（添付済み）");

            var receipt = await resident.SubmitAsync(hosts, card);

            transcript.Note($"the agency moves application {receipt} to 受付, then 審査中");
            await hosts.ChangeStatusAsync(receipt, ApplicationStatus.Accepted, ApplicationStatus.UnderReview);
            await resident.WaitForTextAsync("審査中");

            // What the resident typed or uploaded never reached the bot's logs.
            var logs = hosts.Logs.All;
            foreach (var typed in filler.Shown.Values.Where(v => !v.StartsWith('（')).Append(email).Append("accountCopy.pdf"))
            {
                Assert.DoesNotContain(typed, logs, StringComparison.Ordinal);
            }
        });
    }
}
