using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Procedures;

namespace Portal.Functions.Tests.Drafts;

/// <summary>Filling a draft from the profile over HTTP: empty fields only, the normal ETag, and a clear 409 without a profile.</summary>
public sealed class DraftPrefillHttpTests(DraftsApiFixture fixture) : IClassFixture<DraftsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private async Task<(string Token, string DraftId)> DraftAsync(object? data)
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var draft = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda, data }), 201);
        return (token, draft.GetProperty("id").GetString()!);
    }

    private Task<HttpResponseMessage> PrefillAsync(string token, string id, string? ifMatch = null) =>
        Api.SendAsync(HttpMethod.Post, $"/api/me/drafts/{id}/prefill", token, configure: request =>
        {
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }
        });

    [Fact]
    public async Task Prefill_fills_the_empty_applicant_fields_and_keeps_what_the_resident_typed()
    {
        var (token, id) = await DraftAsync(new { applicant = new { name = "山田 一郎" } });
        await ProfileReading.ReadAsync(Api, token);

        var response = await PrefillAsync(token, id);
        var body = await AccountsApi.ExpectAsync(response, 200);
        var again = await AccountsApi.ExpectAsync(await PrefillAsync(token, id, response.Headers.ETag!.ToString()), 200);

        Assert.Equal(["applicant.birthDate", "applicant.address"], body.GetProperty("filled").EnumerateArray().Select(e => e.GetString()));
        var applicant = body.GetProperty("draft").GetProperty("data").GetProperty("applicant");
        Assert.Equal("山田 一郎", applicant.GetProperty("name").GetString());
        Assert.Equal("1990-04-01", applicant.GetProperty("birthDate").GetString());
        Assert.Equal(ProfileReading.Card.Address, applicant.GetProperty("address").GetString());
        Assert.Equal(response.Headers.ETag!.ToString(), body.GetProperty("draft").GetProperty("eTag").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Empty(again.GetProperty("filled").EnumerateArray());
        Assert.Equal(body.GetProperty("draft").GetProperty("eTag").GetString(), again.GetProperty("draft").GetProperty("eTag").GetString());
        Assert.DoesNotContain(ProfileReading.Card.Address, ProfileReading.LogText(Api), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_profile_the_resident_is_told_in_japanese_to_read_the_card_first()
    {
        var (token, id) = await DraftAsync(null);

        var response = await PrefillAsync(token, id);

        var problem = await AccountsApi.ExpectAsync(response, 409);
        Assert.Equal("profile-required", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("マイナンバーカード", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("/api/me/profile/card-reading", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_an_unknown_draft_404()
    {
        var (token, id) = await DraftAsync(null);
        await ProfileReading.ReadAsync(Api, token);

        AccountsApi.Expect(await PrefillAsync(token, id, "\"stale\""), 412);
        var missing = await PrefillAsync(token, "drf-nope");
        AccountsApi.Expect(missing, 404);
        Assert.Equal("draft-not-found", await AccountsApi.ProblemTypeAsync(missing));
    }

    [Fact]
    public async Task The_form_view_says_which_fields_are_prefillable()
    {
        var form = await AccountsApi.ExpectAsync(await Api.Client.GetAsync($"/api/forms/{SmallCatalog.ChildAllowance}"), 200);

        var hints = form.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("fields").EnumerateArray())
            .Where(f => f.TryGetProperty("prefill", out _))
            .Select(f => $"{f.GetProperty("name").GetString()}={f.GetProperty("prefill").GetString()}");

        Assert.Equal(["applicant.name=name", "applicant.birthDate=dateOfBirth", "applicant.address=address"], hints);
    }
}
