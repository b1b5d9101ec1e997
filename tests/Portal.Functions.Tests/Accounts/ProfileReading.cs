using System.Net.Http.Json;
using Portal.Contracts.CardRequests;

namespace Portal.Functions.Tests.Accounts;

/// <summary>Reading the card into the profile over HTTP, with the signer's answer posted as the signer posts it.</summary>
public static class ProfileReading
{
    public static readonly PrefillSubmission Card = new("山田 花子", "東京都千代田区霞が関2-1-2", "1990-04-01", "2");

    /// <returns>The card request id.</returns>
    public static async Task<string> StartAndAnswerAsync(AccountsApi api, string token, PrefillSubmission? items = null)
    {
        var started = await AccountsApi.ExpectAsync(await api.SendAsync(HttpMethod.Post, "/api/me/profile/card-reading", token), 202);
        var id = started.GetProperty("cardRequestId").GetString()!;
        await ConfirmCodeAsync(api, started);
        AccountsApi.Expect(await api.Client.PostAsJsonAsync($"/api/card-requests/{id}", items ?? Card), 204);
        return id;
    }

    /// <summary>What the signer does first: posts the code shown with the request (from the start's answer).</summary>
    public static async Task ConfirmCodeAsync(AccountsApi api, System.Text.Json.JsonElement started) =>
        AccountsApi.Expect(await api.Client.PostAsJsonAsync($"/api/card-requests/{started.GetProperty("cardRequestId").GetString()}/confirmation",
            new CodeConfirmation(started.GetProperty("userCode").GetString()!)), 200);

    public static async Task ReadAsync(AccountsApi api, string token, PrefillSubmission? items = null)
    {
        var id = await StartAndAnswerAsync(api, token, items);
        AccountsApi.Expect(await api.SendAsync(HttpMethod.Post, $"/api/me/profile/card-reading/{id}", token), 200);
    }

    /// <summary>Every captured log message and scope value, as one text to search.</summary>
    public static string LogText(AccountsApi api) => string.Join('\n', api.Host.Root.Logs.Entries.Select(e =>
        e.Message + " " + string.Join(' ', e.Scope.Values.Select(v => v?.ToString()))));
}
