using System.Globalization;
using System.Text.Json;
using Portal.Contracts.CardRequests;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Testing;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Proxies.Appointing;

/// <summary>
/// Residents for delegation tests, each with a software card of their own from the host's test CA (their own name and
/// date of birth in its signing certificate), registered with it and, when asked, 利用者情報 read from it.
/// </summary>
public sealed class ProxyResidents(AccountsApi api, IdentityPki pki)
{
    public sealed record Resident(string AccountId, string Token, string Email, string Card, string Name, DateOnly DateOfBirth);

    public async Task<Resident> NewAsync(string name, DateOnly born, bool withProfile = true)
    {
        var card = Path.Combine(Path.GetDirectoryName(pki.CaFolder)!, $"{Guid.NewGuid():N}.card.json");
        TestCardTool.Run("issue", "--ca", pki.CaFolder, "--out", card, "--name", name, "--address", "東京都千代田区霞が関2-1-2",
            "--birth", Day(born), "--sex", "2", "--auth-pin", IdentityPki.AuthPin, "--sign-pin", IdentityPki.SignPin);
        var (id, token, email) = await api.RegisteredWithCardAsync(card);
        if (withProfile)
        {
            await ProfileReading.ReadAsync(api, token, new PrefillSubmission(name, "東京都千代田区霞が関2-1-2", Day(born), "2"));
        }
        return new Resident(id, token, email, card, name, born);
    }

    /// <summary>Today in Japan, by the host's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The other person answers the card request with their own card through the real signer CLI.</summary>
    public Task<RealSigner.Run> AnswerAsync(JsonElement started, string card) =>
        RealSigner.AnswerAsync(api.Client, ["sign", started.GetProperty("cardRequest").GetProperty("signerLink").GetString()!, "--card", card],
            $"{started.GetProperty("cardRequest").GetProperty("userCode").GetString()}\n{IdentityPki.AuthPin}\n{IdentityPki.SignPin}\n");
}
