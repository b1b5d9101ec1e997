using System.Text.Json.Nodes;
using Portal.Domain.Accounts;
using Portal.Domain.Drafts;
using Portal.Domain.Residents;
using Portal.Testing;

namespace Portal.Domain.Tests.Drafts;

public sealed class DraftExpiryTests(DraftsFixture fixture) : IClassFixture<DraftsFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly ManualClock _clock = new(DraftsFixture.Now);

    private DraftsServices Services => fixture.Services(_clock);

    private async Task<ResidentContext> RegisteredResidentAsync()
    {
        var resident = DraftsFixture.NewResident();
        await Services.Accounts.CreateAsync(new Account
        {
            Id = resident.PrincipalId,
            Certificates = [],
            State = AccountStates.Registered,
            CreatedAt = DraftsFixture.Now,
            Email = Portal.Testing.Privacy.TestEmails.Unique("resident"),
            RegisteredAt = DraftsFixture.Now,
        }, Ct);
        return resident;
    }

    [Fact]
    public async Task A_reminder_goes_out_once_before_expiry_then_the_draft_and_its_files_are_deleted()
    {
        var resident = await RegisteredResidentAsync();
        var draft = (await Services.Drafts.CreateAsync(resident,
            new DraftInput(DraftsFixture.Procedure, DraftsFixture.Chiyoda, new JsonObject { ["a"] = 1 }), Ct)).Document;
        await Services.Drafts.AddAttachmentAsync(resident, draft.Id, "a.pdf", null, new MemoryStream(TestFiles.Pdf), Ct);

        _clock.Advance(TimeSpan.FromDays(22));
        await Services.Expiry.RunAsync(Ct);
        Assert.Null((await Services.Repository.ReadAsync(resident.PrincipalId, draft.Id, Ct))!.Document.ReminderSentAt);

        _clock.Advance(TimeSpan.FromDays(1));
        await Services.Expiry.RunAsync(Ct);
        var reminded = (await Services.Repository.ReadAsync(resident.PrincipalId, draft.Id, Ct))!.Document;
        Assert.Equal(_clock.Now, reminded.ReminderSentAt);

        _clock.Advance(TimeSpan.FromDays(1));
        await Services.Expiry.RunAsync(Ct);
        Assert.Equal(reminded.ReminderSentAt, (await Services.Repository.ReadAsync(resident.PrincipalId, draft.Id, Ct))!.Document.ReminderSentAt);

        _clock.Advance(TimeSpan.FromDays(6));
        await Services.Expiry.RunAsync(Ct);
        Assert.Null(await Services.Repository.ReadAsync(resident.PrincipalId, draft.Id, Ct));
        Assert.Empty(await Services.Attachments.ListAsync(resident.PrincipalId, draft.Id, Ct));
    }

    [Fact]
    public async Task Resuming_a_reminded_draft_extends_it_and_allows_a_new_reminder()
    {
        var resident = await RegisteredResidentAsync();
        var draft = (await Services.Drafts.CreateAsync(resident, new DraftInput(DraftsFixture.Procedure, DraftsFixture.Chiyoda, null), Ct)).Document;
        _clock.Advance(TimeSpan.FromDays(25));
        await Services.Expiry.RunAsync(Ct);
        Assert.NotNull((await Services.Repository.ReadAsync(resident.PrincipalId, draft.Id, Ct))!.Document.ReminderSentAt);

        var resumed = await Services.Drafts.PatchAsync(resident, draft.Id, JsonNode.Parse("""{"b":2}"""), null, Ct);
        Assert.Null(resumed.Document.ReminderSentAt);
        Assert.Equal(_clock.Now + TimeSpan.FromDays(30), resumed.Document.ExpiresAt);

        _clock.Advance(TimeSpan.FromDays(10));
        await Services.Expiry.RunAsync(Ct);
        Assert.NotNull(await Services.Repository.ReadAsync(resident.PrincipalId, draft.Id, Ct));
    }

    [Fact]
    public void The_lifetime_and_reminder_default_to_30_and_7_days()
    {
        var options = new DraftOptions();
        Assert.Equal(TimeSpan.FromDays(30), options.Lifetime);
        Assert.Equal(TimeSpan.FromDays(7), options.ReminderBefore);
    }
}
