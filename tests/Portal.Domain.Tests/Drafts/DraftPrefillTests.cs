using System.Text.Json.Nodes;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Prefill;
using Portal.Domain.Residents;
using Portal.Testing;

namespace Portal.Domain.Tests.Drafts;

/// <summary>Filling a draft's empty applicant fields from the profile, through the drafts' own write path.</summary>
public sealed class DraftPrefillTests(DraftsFixture fixture) : IClassFixture<DraftsFixture>
{
    private static readonly ResidentProfile Profile = new("山田 花子", "東京都千代田区霞が関2-1-2", new DateOnly(1990, 4, 1), "2",
        ProfileSources.Card, DraftsFixture.Now, DraftsFixture.Now);

    private readonly ManualClock _clock = new(DraftsFixture.Now);

    private readonly CancellationToken _ct = CancellationToken.None;

    private async Task<(DraftsServices Services, DraftPrefillService Prefill, ResidentContext Resident)> ResidentAsync(ResidentProfile? profile)
    {
        var services = fixture.Services(_clock);
        var resident = DraftsFixture.NewResident();
        await services.Accounts.CreateAsync(new Account
        {
            Id = resident.PrincipalId,
            Certificates = [],
            State = AccountStates.Registered,
            CreatedAt = DraftsFixture.Now,
            Profile = profile,
        }, _ct);
        return (services, services.Prefill, resident);
    }

    private async Task<Draft> NewDraftAsync(DraftsServices services, ResidentContext resident, string data) =>
        (await services.Drafts.CreateAsync(resident, new DraftInput(DraftsFixture.Procedure, DraftsFixture.Chiyoda,
            JsonNode.Parse(data)!.AsObject()), _ct)).Document;

    [Fact]
    public async Task Only_empty_fields_are_filled_and_what_the_resident_typed_is_kept()
    {
        var (services, prefill, resident) = await ResidentAsync(Profile);
        var draft = await NewDraftAsync(services, resident, """{ "applicant": { "name": "山田 一郎", "phone": "03-1234-5678" } }""");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var result = await prefill.PrefillAsync(resident, draft.Id, null, _ct);

        Assert.Equal(["applicant.birthDate", "applicant.address"], result.Filled);
        var applicant = result.Draft.Document.Data["applicant"]!;
        Assert.Equal("山田 一郎", applicant["name"]!.GetValue<string>());
        Assert.Equal("03-1234-5678", applicant["phone"]!.GetValue<string>());
        Assert.Equal("1990-04-01", applicant["birthDate"]!.GetValue<string>());
        Assert.Equal("東京都千代田区霞が関2-1-2", applicant["address"]!.GetValue<string>());
        Assert.True(result.Draft.Document.Progress > draft.Progress);
        Assert.Equal(_clock.GetUtcNow(), result.Draft.Document.UpdatedAt);
        Assert.Equal(result.Draft.ETag, (await services.Drafts.GetAsync(resident, draft.Id, _ct)).ETag);
        Assert.Contains(await services.HistoryOfAsync(resident), r => r.Operation == DraftOperations.Prefill && r.Target == draft.Id);
    }

    [Fact]
    public async Task With_every_field_answered_nothing_is_filled_and_nothing_is_written()
    {
        var (services, prefill, resident) = await ResidentAsync(Profile);
        var draft = await NewDraftAsync(services, resident, "{}");
        var first = await prefill.PrefillAsync(resident, draft.Id, null, _ct);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var second = await prefill.PrefillAsync(resident, draft.Id, first.Draft.ETag, _ct);

        Assert.Equal(["applicant.name", "applicant.birthDate", "applicant.address"], first.Filled);
        Assert.Empty(second.Filled);
        Assert.Equal(first.Draft.ETag, second.Draft.ETag);
    }

    [Fact]
    public async Task Without_a_profile_the_card_must_be_read_first()
    {
        var (services, prefill, resident) = await ResidentAsync(null);
        var draft = await NewDraftAsync(services, resident, "{}");

        await Assert.ThrowsAsync<ProfileRequiredException>(() => prefill.PrefillAsync(resident, draft.Id, null, _ct));
    }

    [Fact]
    public async Task A_stale_if_match_is_a_conflict_and_another_residents_draft_is_not_found()
    {
        var (services, prefill, resident) = await ResidentAsync(Profile);
        var draft = await NewDraftAsync(services, resident, "{}");
        var (_, _, stranger) = await ResidentAsync(Profile);

        await Assert.ThrowsAsync<DraftConflictException>(() => prefill.PrefillAsync(resident, draft.Id, "\"stale\"", _ct));
        await Assert.ThrowsAsync<DraftNotFoundException>(() => prefill.PrefillAsync(stranger, draft.Id, null, _ct));
    }
}
