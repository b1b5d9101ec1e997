using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Contracts.Forms;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// Answers a form's questions in the chat the way a resident would, from the definition alone: it recognises each
/// question by its label, answers with a valid value for the field's kind (or the row's <paramref name="picks"/> for the
/// fields conditions depend on), enters sensitive fields and attachments on the web form page, and says no to
/// "another item?". It keeps what was asked and answered, to check the conditions afterwards.
/// </summary>
/// <param name="picks">Answers chosen by field name (a group's fields by their name inside the item).</param>
public sealed class FormFiller(TranscriptHosts hosts, ChatResident resident, FormDefinitionView form, IReadOnlyDictionary<string, JsonNode> picks)
{
    private const string ReviewQuestion = "この内容で申請しますか？";
    private const string PageDone = "入力しました";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private readonly List<Candidate> _candidates = Candidates(form).ToList();

    public FormDefinitionView Form => form;

    /// <summary>The answer paths asked, in order (a path asked again appears again).</summary>
    public List<string> Asked { get; } = [];

    /// <summary>What was answered, by path, as stored (booleans, option values, ISO dates...).</summary>
    public Dictionary<string, JsonNode> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>Every answer as the review shows it, by the question's label.</summary>
    public Dictionary<string, string> Shown { get; } = new(StringComparer.Ordinal);

    /// <summary>The same form, answers and questions asked so far, continued by the resident on another channel.</summary>
    public FormFiller ContinuedBy(ChatResident other)
    {
        var next = new FormFiller(hosts, other, form, picks);
        next.Asked.AddRange(Asked);
        foreach (var (path, value) in Answers)
        {
            next.Answers[path] = value;
        }
        foreach (var (label, shown) in Shown)
        {
            next.Shown[label] = shown;
        }
        return next;
    }

    /// <summary>Answers from <paramref name="replies"/> on until the review (its replies) or after <paramref name="stopAfter"/> answers (the next question's).</summary>
    public async Task<IReadOnlyList<ChatMessage>> FillAsync(IReadOnlyList<ChatMessage> replies, int stopAfter = int.MaxValue)
    {
        for (var answered = 0; ; answered++)
        {
            // A proxy's chat opens every message with its mark: the form's words follow it.
            replies = [.. replies.Select(Unmarked)];
            if (replies.FirstOrDefault(m => m.Kind == "text" && (m.Says("の入力を確かめてください") || m.Says("選択肢の中から")
                || m.Says("読み取れません") || m.Says("数字で入力") || m.Says("「はい」か「いいえ」") || m.Says("チャットでは受け付けていません"))) is { } problem)
            {
                throw new InvalidOperationException($"The bot refused an answer: {problem.Text}");
            }
            var question = replies.LastOrDefault(m => m.Kind == "choices")
                ?? throw new InvalidOperationException("The bot asked nothing and offered no review.");
            if (question.Text == ReviewQuestion)
            {
                return replies;
            }
            if (answered >= stopAfter)
            {
                return replies;
            }
            if (answered > 400)
            {
                throw new InvalidOperationException("The form never reached its review.");
            }
            replies = await AnswerAsync(question, replies);
        }
    }

    private static ChatMessage Unmarked(ChatMessage message) =>
        message.Text.StartsWith(ActingMark, StringComparison.Ordinal) ? message with { Text = message.Text[ActingMark.Length..] } : message;

    private const string ActingMark = "（代理で操作中）";

    /// <summary>Checks, from the answers given, that each conditional question was asked exactly when its condition held; yields each condition's outcome.</summary>
    public IEnumerable<(string Field, bool Held)> CheckConditions()
    {
        foreach (var field in form.Sections.SelectMany(s => s.Fields))
        {
            if (field.ShowWhen is { } condition)
            {
                var held = Matches(condition, Answers.GetValueOrDefault(condition.Field));
                Assert.True(held == Asked.Contains(field.Name),
                    $"{form.Id}: 「{field.Label}」 ({field.Name}) was {(held ? "not asked though" : "asked though not")} its condition on {condition.Field} held.");
                yield return (field.Name, held);
            }
            if (field.Group is not { } group)
            {
                continue;
            }
            var items = Asked.Where(p => p.StartsWith(field.Name + "[", StringComparison.Ordinal) && !p.EndsWith("[+]", StringComparison.Ordinal))
                .Select(p => int.Parse(p[(field.Name.Length + 1)..p.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).Distinct();
            foreach (var i in items)
            {
                foreach (var inner in group.Fields.Where(f => f.ShowWhen is not null))
                {
                    var on = inner.ShowWhen!;
                    var sibling = group.Fields.Any(f => f.Name == on.Field);
                    var held = Matches(on, Answers.GetValueOrDefault(sibling ? $"{field.Name}[{i}].{on.Field}" : on.Field));
                    var path = $"{field.Name}[{i}].{inner.Name}";
                    Assert.True(held == Asked.Contains(path),
                        $"{form.Id}: 「{inner.Label}」 ({path}) was {(held ? "not asked though" : "asked though not")} its condition on {on.Field} held.");
                    yield return ($"{field.Name}[].{inner.Name}", held);
                }
            }
        }
    }

    private async Task<IReadOnlyList<ChatMessage>> AnswerAsync(ChatMessage question, IReadOnlyList<ChatMessage> replies)
    {
        if (question.Text.StartsWith("入力が終わったら", StringComparison.Ordinal))
        {
            var link = replies.Last(m => m.Kind == "link" && m.Says("」は、安全のため"));
            var label = link.Text[1..link.Text.IndexOf("」は、安全のため", StringComparison.Ordinal)];
            var onPage = Find(c => c.Label == label, label);
            await EnterOnPageAsync(link.Link!.Url!, onPage);
            return await resident.PressAsync(PageDone);
        }
        var more = _candidates.FirstOrDefault(c => c.IsMore && question.Text.StartsWith(c.Label + "を、もう1件", StringComparison.Ordinal));
        if (more is not null)
        {
            Asked.Add(more.Path);
            return await resident.PressAsync("いいえ");
        }
        var asked = Find(c => !c.IsMore && (question.Text.StartsWith(c.Label + "を入力してください", StringComparison.Ordinal)
            || question.Text.StartsWith(c.Label + "を選んでください", StringComparison.Ordinal)), question.Text);
        var (typed, value) = ValueFor(asked);
        Record(asked, asked.Field.Kind == "date" ? Bot.Core.Forms.JapaneseDates.Format(typed) : typed, value);
        var press = question.Choices.FirstOrDefault(c => c.Label == typed && c.Action is not null);
        return press is not null ? await resident.PressAsync(press) : await resident.SayAsync(typed);
    }

    /// <summary>The web form page: a sensitive value posted as the page posts it, or a file uploaded.</summary>
    private async Task EnterOnPageAsync(Uri page, Candidate field)
    {
        using var client = hosts.Bot.CreateClient();
        var path = page.AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        if (field.Field.Kind == "attachment")
        {
            var name = $"{field.Field.Name.Split('.')[^1]}.pdf";
            resident.Transcript.Note($"uploads {name} for 「{field.Label}」 on the web form page");
            using var upload = await client.PostAsync($"{path}/attachments?path={Uri.EscapeDataString(field.Path)}&name={Uri.EscapeDataString(name)}",
                new ByteArrayContent(Pdf));
            var body = await upload.Content.ReadAsStringAsync();
            Assert.True(upload.StatusCode == HttpStatusCode.OK, $"upload {(int)upload.StatusCode} {body}");
            Record(field, "（添付済み）", JsonValue.Create(name));
            return;
        }
        var (typed, value) = ValueFor(field);
        resident.Transcript.Note($"enters 「{field.Label}」 = {typed} on the web form page");
        using var response = await client.PostAsJsonAsync(path, new { values = new Dictionary<string, string> { [field.Path] = typed } });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"web form page {(int)response.StatusCode} {text}");
        Record(field, field.Field.Sensitive ? "（入力済み）" : typed, value);
    }

    private void Record(Candidate field, string shown, JsonNode value)
    {
        Asked.Add(field.Path);
        Answers[field.Path] = value;
        Shown[field.Label] = shown;
    }

    /// <summary>The first candidate matching (by definition order) not answered yet; else the first matching.</summary>
    private Candidate Find(Func<Candidate, bool> matching, string what)
    {
        var all = _candidates.Where(matching).ToList();
        return all.FirstOrDefault(c => !Answers.ContainsKey(c.Path)) ?? all.FirstOrDefault()
            ?? throw new InvalidOperationException($"{form.Id}: no field of the definition matches 「{what}」.");
    }

    /// <summary>What the resident types (or the label pressed) and the value it stores.</summary>
    private (string Typed, JsonNode Value) ValueFor(Candidate candidate)
    {
        var field = candidate.Field;
        if (picks.TryGetValue(field.Name, out var pick))
        {
            return field.Kind switch
            {
                "yesNo" => (pick.GetValue<bool>() ? "はい" : "いいえ", pick.DeepClone()),
                "select" => (field.Options!.Single(o => o.Value == pick.GetValue<string>()).Label, pick.DeepClone()),
                _ => (pick.ToString(), pick.DeepClone()),
            };
        }
        switch (field.Kind)
        {
            case "yesNo":
                return ("いいえ", JsonValue.Create(false));
            case "select":
                var option = field.Options![0];
                return (option.Label, JsonValue.Create(option.Value));
            case "katakana":
                return ("ヤマダ ハナコ", JsonValue.Create("ヤマダ ハナコ"));
            case "date":
                return ("2020-04-01", JsonValue.Create("2020-04-01"));
            case "postalCode":
                return ("116-0002", JsonValue.Create("116-0002"));
            case "phone":
                return ("03-3802-3111", JsonValue.Create("03-3802-3111"));
            case "email":
                return ("hanako@example.jp", JsonValue.Create("hanako@example.jp"));
            case "number":
                var minimum = Schema(candidate.Path)?["minimum"]?.GetValue<decimal>() ?? 1;
                var number = Math.Max(minimum, 1);
                if (Schema(candidate.Path)?["maximum"]?.GetValue<decimal>() is { } maximum)
                {
                    number = Math.Min(number, maximum);
                }
                return (number.ToString(CultureInfo.InvariantCulture), JsonValue.Create(number));
            default:
                return ("テスト", JsonValue.Create("テスト"));
        }
    }

    /// <summary>The schema of the answer at a path ("a.b", "group[0].c").</summary>
    private JsonNode? Schema(string path)
    {
        JsonNode? node = form.Schema;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            node = node?["properties"]?[bracket < 0 ? segment : segment[..bracket]];
            if (bracket >= 0)
            {
                node = node?["items"];
            }
        }
        return node;
    }

    public static bool Matches(FieldConditionView condition, JsonNode? answer) =>
        answer is not null && (condition.EqualTo is { } single
            ? JsonNode.DeepEquals(answer, single)
            : condition.In?.Any(v => JsonNode.DeepEquals(answer, v)) ?? false);

    /// <summary>Every question the form can ask, with the label the chat uses (group items numbered as the chat numbers them).</summary>
    private static IEnumerable<Candidate> Candidates(FormDefinitionView form)
    {
        foreach (var field in form.Sections.SelectMany(s => s.Fields))
        {
            if (field.Group is not { } group)
            {
                yield return new Candidate(field.Name, field.Label, field, false);
                continue;
            }
            yield return new Candidate(field.Name + "[+]", field.Label, field, true);
            for (var i = 0; i < (group.Max ?? 10); i++)
            {
                var item = group.ItemLabel.Replace("{n}", (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                foreach (var inner in group.Fields)
                {
                    yield return new Candidate($"{field.Name}[{i}].{inner.Name}", $"{item}の{inner.Label}", inner, false);
                }
            }
        }
    }

    private sealed record Candidate(string Path, string Label, FormFieldView Field, bool IsMore);
}
