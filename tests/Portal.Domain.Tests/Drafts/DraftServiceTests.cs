using System.Text.Json.Nodes;
using Portal.Domain.Drafts;
using Portal.Domain.OperationHistory;
using Portal.Domain.Privacy;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Residents;
using Portal.Testing;

namespace Portal.Domain.Tests.Drafts;

public sealed class DraftServiceTests(DraftsFixture fixture) : IClassFixture<DraftsFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly ManualClock _clock = new(DraftsFixture.Now);

    private DraftsServices Services => fixture.Services(_clock);

    private Task<Portal.Domain.Storage.Stored<Draft>> CreateAsync(ResidentContext resident, string? data = null) =>
        Services.Drafts.CreateAsync(resident,
            new DraftInput(DraftsFixture.Procedure, DraftsFixture.Chiyoda, data is null ? null : JsonNode.Parse(data)!.AsObject()), Ct);

    [Fact]
    public async Task A_draft_is_created_for_a_catalog_procedure_with_its_form_and_a_lifetime()
    {
        var resident = DraftsFixture.NewResident();
        var created = await CreateAsync(resident, """{"applicantName":"山田花子"}""");

        var draft = created.Document;
        Assert.StartsWith("drf-", draft.Id);
        Assert.Equal(resident.PrincipalId, draft.ResidentId);
        Assert.Equal(DraftsFixture.Procedure, draft.FormId);
        Assert.Equal(1, draft.FormVersion);
        Assert.Equal(0, draft.Progress);
        Assert.Equal(DraftsFixture.Now + TimeSpan.FromDays(30), draft.ExpiresAt);
        Assert.Equal("山田花子", (string?)draft.Data["applicantName"]);
        var read = await Services.Drafts.GetAsync(resident, draft.Id, Ct);
        Assert.Equal(created.ETag, read.ETag);
        var history = await Services.HistoryOfAsync(resident);
        Assert.Contains(history, r => r.Operation == DraftOperations.Create && r.Target == draft.Id && r.Outcome == OperationOutcome.Succeeded);
    }

    [Fact]
    public async Task An_unknown_procedure_or_local_government_is_refused()
    {
        var resident = DraftsFixture.NewResident();
        await Assert.ThrowsAsync<ProcedureNotFoundException>(() =>
            Services.Drafts.CreateAsync(resident, new DraftInput("no-such-procedure", DraftsFixture.Chiyoda, null), Ct));
        await Assert.ThrowsAsync<UnknownLocalGovernmentException>(() =>
            Services.Drafts.CreateAsync(resident, new DraftInput(DraftsFixture.Procedure, "999999", null), Ct));
        var missing = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Services.Drafts.CreateAsync(resident, new DraftInput(null, null, null), Ct));
        Assert.Equal(["procedureId", "localGovernmentCode"], missing.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Answers_saved_one_at_a_time_accumulate_and_a_null_removes_one()
    {
        var resident = DraftsFixture.NewResident();
        var draft = (await CreateAsync(resident)).Document;

        await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"applicantName":"山田花子"}"""), null, Ct);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"address":{"postalCode":"100-0001"}}"""), null, Ct);
        await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"address":{"line1":"千代田1-1"}}"""), null, Ct);
        var patched = await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"applicantName":null}"""), null, Ct);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"address":{"postalCode":"100-0001","line1":"千代田1-1"}}"""), patched.Document.Data),
            patched.Document.Data.ToJsonString());
        Assert.Equal(DraftsFixture.Now + TimeSpan.FromMinutes(1), patched.Document.UpdatedAt);
        Assert.Equal(patched.Document.UpdatedAt + TimeSpan.FromDays(30), patched.Document.ExpiresAt);
    }

    [Fact]
    public async Task Progress_follows_the_forms_required_answers()
    {
        var resident = DraftsFixture.NewResident();
        var draft = (await CreateAsync(resident)).Document;
        Assert.Equal(0, draft.Progress);

        var some = await Services.Drafts.PatchAsync(resident, draft.Id,
            JsonNode.Parse("""{"applicant":{"name":"山田花子","kana":"ヤマダハナコ"}}"""), null, Ct);
        Assert.InRange(some.Document.Progress!.Value, 1, 99);

        var fewer = await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"applicant":{"kana":null}}"""), null, Ct);
        Assert.True(fewer.Document.Progress < some.Document.Progress);
    }

    [Fact]
    public async Task Two_devices_editing_one_draft_lose_nothing_the_stale_one_gets_the_current_draft_and_retries()
    {
        var resident = DraftsFixture.NewResident();
        var draft = (await CreateAsync(resident)).Document;
        var phone = await Services.Drafts.GetAsync(resident, draft.Id, Ct);
        var laptop = await Services.Drafts.GetAsync(resident, draft.Id, Ct);

        var saved = await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"phone":"090-1234-5678"}"""), phone.ETag, Ct);
        var conflict = await Assert.ThrowsAsync<DraftConflictException>(() =>
            Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"email":"hanako@example.jp"}"""), laptop.ETag, Ct));

        Assert.Equal(saved.ETag, conflict.Current.ETag);
        Assert.Equal("090-1234-5678", (string?)conflict.Current.Document.Data["phone"]);
        var retried = await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"email":"hanako@example.jp"}"""), conflict.Current.ETag, Ct);
        Assert.Equal("090-1234-5678", (string?)retried.Document.Data["phone"]);
        Assert.Equal("hanako@example.jp", (string?)retried.Document.Data["email"]);
    }

    [Fact]
    public async Task Concurrent_patches_without_if_match_all_land()
    {
        var resident = DraftsFixture.NewResident();
        var draft = (await CreateAsync(resident)).Document;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse($$"""{"q{{i}}":{{i}}}"""), null, Ct)));
        var read = await Services.Drafts.GetAsync(resident, draft.Id, Ct);
        Assert.Equal(4, read.Document.Data.Count);
    }

    [Theory]
    [InlineData("""{"note":"123456789018"}""")]
    [InlineData("""{"household":{"members":[{"memo":"番号 1234-5678-9018"}]}}""")]
    [InlineData("""{"note":"１２３４５６７８９０１８"}""")]
    public async Task An_individual_number_in_any_answer_is_refused_and_never_stored(string patch)
    {
        var resident = DraftsFixture.NewResident();
        var draft = await CreateAsync(resident, """{"kept":"yes"}""");

        await Assert.ThrowsAsync<IndividualNumberRefusedException>(() =>
            Services.Drafts.PatchAsync(resident, draft.Document.Id, JsonNode.Parse(patch), null, Ct));
        await Assert.ThrowsAsync<IndividualNumberRefusedException>(() =>
            Services.Drafts.CreateAsync(resident, new DraftInput(DraftsFixture.Procedure, DraftsFixture.Chiyoda, JsonNode.Parse(patch)!.AsObject()), Ct));

        var read = await Services.Drafts.GetAsync(resident, draft.Document.Id, Ct);
        Assert.Equal(draft.ETag, read.ETag);
        Assert.Equal("""{"kept":"yes"}""", read.Document.Data.ToJsonString());
        Assert.Single(await Services.Drafts.ListAsync(resident, Ct));
        var history = await Services.HistoryOfAsync(resident);
        Assert.Contains(history, r => r.Operation == DraftOperations.Update && r.Outcome == OperationOutcome.Refused);
    }

    [Fact]
    public async Task Another_resident_can_neither_see_nor_touch_my_draft()
    {
        var me = DraftsFixture.NewResident();
        var other = DraftsFixture.NewResident();
        var draft = (await CreateAsync(me, """{"a":1}""")).Document;

        await Assert.ThrowsAsync<DraftNotFoundException>(() => Services.Drafts.GetAsync(other, draft.Id, Ct));
        await Assert.ThrowsAsync<DraftNotFoundException>(() => Services.Drafts.PatchAsync(other, draft.Id, JsonNode.Parse("""{"a":2}"""), null, Ct));
        await Assert.ThrowsAsync<DraftNotFoundException>(() => Services.Drafts.DeleteAsync(other, draft.Id, null, Ct));
        Assert.Empty(await Services.Drafts.ListAsync(other, Ct));
        Assert.Equal(1, (int?)(await Services.Drafts.GetAsync(me, draft.Id, Ct)).Document.Data["a"]);
    }

    [Fact]
    public async Task The_list_and_todo_show_my_drafts_newest_first_with_names()
    {
        var resident = DraftsFixture.NewResident();
        var first = (await CreateAsync(resident)).Document;
        _clock.Advance(TimeSpan.FromHours(1));
        var second = (await CreateAsync(resident)).Document;

        Assert.Equal([second.Id, first.Id], (await Services.Drafts.ListAsync(resident, Ct)).Select(d => d.Id));
        var todo = await Services.Drafts.TodoAsync(resident, Ct);
        Assert.Equal([second.Id, first.Id], todo.Select(t => t.Draft.Id));
        Assert.All(todo, t => Assert.Equal(DraftsFixture.ProcedureName, t.ProcedureName));
        Assert.All(todo, t => Assert.Equal("千代田区", t.LocalGovernmentName));
    }

    [Fact]
    public async Task A_deleted_draft_is_gone_and_a_stale_if_match_does_not_delete()
    {
        var resident = DraftsFixture.NewResident();
        var created = await CreateAsync(resident);
        await Services.Drafts.PatchAsync(resident, created.Document.Id, JsonNode.Parse("""{"a":1}"""), null, Ct);

        await Assert.ThrowsAsync<DraftConflictException>(() => Services.Drafts.DeleteAsync(resident, created.Document.Id, created.ETag, Ct));
        await Services.Drafts.DeleteAsync(resident, created.Document.Id, null, Ct);

        await Assert.ThrowsAsync<DraftNotFoundException>(() => Services.Drafts.GetAsync(resident, created.Document.Id, Ct));
        await Assert.ThrowsAsync<DraftNotFoundException>(() => Services.Drafts.DeleteAsync(resident, created.Document.Id, null, Ct));
        Assert.Contains(await Services.HistoryOfAsync(resident), r => r.Operation == DraftOperations.Delete && r.Outcome == OperationOutcome.Succeeded);
    }
}
