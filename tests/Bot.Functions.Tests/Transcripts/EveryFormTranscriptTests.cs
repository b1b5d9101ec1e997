using System.Text.Json.Nodes;
using Portal.Contracts.Forms;
using Portal.Domain.Forms;
using Xunit.Abstractions;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// Every form that exists, completed in the chat on the real stack: the table's rows (<see cref="FormRows"/>) take
/// each form through each of its conditional branches, spread over LINE, Teams and the web chat (one logged-in
/// resident per channel, shared), with sensitive fields and attachments on the web form page and the submission signed
/// by the signer CLI.
/// </summary>
[Collection(TranscriptCollection.Name)]
public sealed class EveryFormTranscriptTests(TranscriptHosts hosts, ITestOutputHelper output)
{
    private static readonly string[] Channels = ["LINE", "Teams", "Web"];

    /// <summary>The latest version of each form the portal serves (its catalog of definitions, not a list in the bot).</summary>
    public static TheoryData<string> FormIds => new(FormCatalog.Embedded().Latest.Select(f => f.Id));

    [Fact]
    public async Task TogetherTheRowsMakeEveryConditionOfEveryFormBothTrueAndFalse()
    {
        Assert.NotEmpty(hosts.Forms);
        foreach (var definition in hosts.Forms)
        {
            var form = await hosts.FormViewAsync(definition.Id);
            var rows = FormRows.For(form);
            foreach (var field in form.Sections.SelectMany(s => s.Fields).SelectMany(f => (f.Group?.Fields ?? []).Prepend(f)))
            {
                if (field.ShowWhen is not { } condition)
                {
                    continue;
                }
                var outcomes = rows.Select(row => FormFiller.Matches(condition, row.GetValueOrDefault(condition.Field))).ToHashSet();
                Assert.True(outcomes.SetEquals([true, false]), $"{form.Id}: the condition of {field.Name} is never {(outcomes.Contains(true) ? "false" : "true")}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FormIds))]
    public async Task EachRowOfTheFormIsCompletedInTheChatAndAsksEachConditionalQuestionExactlyWhenItsConditionHolds(string formId)
    {
        var form = await hosts.FormViewAsync(formId);
        var rows = FormRows.For(form);
        var offset = hosts.Forms.Select(f => f.Id).ToList().IndexOf(formId);
        for (var i = 0; i < rows.Count; i++)
        {
            var transcript = new Transcript();
            var channel = Channels[(offset + i) % Channels.Length];
            var row = rows[i];
            await transcript.RunAsync(output, async () =>
            {
                var resident = await hosts.SharedResidentAsync(channel, transcript);
                transcript.Note($"{formId} row {i + 1}/{rows.Count} on {channel}: {Describe(row)}");
                var start = await resident.ApplyAsync(TranscriptHosts.ProcedureName(form));
                Assert.Contains(start, m => m.Says("の入力をはじめます"));

                var filler = new FormFiller(hosts, resident, form, row);
                await filler.FillAsync(start);
                _ = filler.CheckConditions().ToList();

                var receipt = await resident.SubmitAsync(hosts, hosts.SharedCard);
                Assert.False(string.IsNullOrWhiteSpace(receipt));
                output.WriteLine($"{formId} row {i + 1}/{rows.Count} on {channel}: {filler.Asked.Count} questions asked, receipt {receipt}");
            });
        }
    }

    private static string Describe(IReadOnlyDictionary<string, JsonNode> row) =>
        row.Count == 0 ? "no conditions" : string.Join(", ", row.Select(p => $"{p.Key}={p.Value.ToJsonString()}"));
}
