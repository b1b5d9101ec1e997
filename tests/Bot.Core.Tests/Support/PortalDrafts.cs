using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Portal.Contracts.Drafts;
using Portal.Testing.PublicFundsAccounts;

namespace Bot.Core.Tests.Support;

/// <summary>The resident's draft as another client (the web) reads and changes it, straight on the portal.</summary>
/// <param name="portalServices">The portal host's services, to register a 公金受取口座 when the answers choose it.</param>
public sealed class PortalDrafts(Func<HttpClient> portal, PortalSession session, IServiceProvider portalServices)
{
    public async Task<DraftView> ReadAsync(string draftId)
    {
        using var client = Client();
        return (await client.GetFromJsonAsync<DraftView>($"api/me/drafts/{draftId}"))!;
    }

    /// <summary>
    /// 児童手当の認定請求 answered up to the attachments: with <paramref name="ownAccount"/> the resident's own account
    /// (the number too when <paramref name="accountNumber"/> is given), so what is left is the bank page's fields.
    /// </summary>
    public async Task FillChildAllowanceAsync(string draftId, bool ownAccount, string? accountNumber = null)
    {
        if (!ownAccount)
        {
            // 「公金受取口座を利用する」 is refused at submission without a registered account.
            await TestPublicFundsAccounts.RegisterForTokenAsync(portalServices, session.AccessToken);
        }
        var patch = new JsonObject
        {
            ["applicant"] = new JsonObject
            {
                ["name"] = "荒川 太郎", ["kana"] = "アラカワ タロウ", ["birthDate"] = "1985-04-01", ["postalCode"] = "116-0002",
                ["address"] = "東京都荒川区荒川2-2-3", ["phone"] = "03-1111-2222", ["occupation"] = "employee", ["pension"] = "employees",
            },
            ["hasSpouse"] = false,
            ["children"] = new JsonArray(new JsonObject
            {
                ["name"] = "荒川 一郎", ["kana"] = "アラカワ イチロウ", ["birthDate"] = "2020-05-20", ["relationship"] = "child", ["livesTogether"] = true,
            }),
            ["usePublicFundsAccount"] = !ownAccount,
        };
        if (ownAccount)
        {
            var bank = new JsonObject { ["name"] = "みらい銀行", ["branch"] = "本店", ["accountType"] = "ordinary", ["holderKana"] = "アラカワ タロウ" };
            if (accountNumber is not null)
            {
                bank["accountNumber"] = accountNumber;
            }
            patch["bank"] = bank;
        }
        await PatchAsync(draftId, patch);
    }

    public async Task PatchAsync(string draftId, JsonObject patch)
    {
        using var client = Client();
        using var read = await client.GetAsync($"api/me/drafts/{draftId}");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/me/drafts/{draftId}")
        {
            Content = new StringContent(patch.ToJsonString(), Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private HttpClient Client()
    {
        var client = portal();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        return client;
    }
}
