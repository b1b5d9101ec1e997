using System.Text.Json.Nodes;
using Portal.Domain.Forms;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.Applications.Submissions;

/// <summary>
/// 「公金受取口座を利用する」 must mean something: a form's yes/no marked <see cref="FormField.PublicFundsAccount"/>
/// answered はい needs the resident (the principal, when a proxy files) to have a registered account whose bank and
/// branch the Zengin data in use still lists. Only checked: the account is not copied into the application; the paying
/// agency reads it through its own access.
/// </summary>
public sealed class PublicFundsAccountChoice(PublicFundsAccountRepository accounts, ZenginDirectory directory)
{
    public const string NotRegistered = "public-funds-account-not-registered";

    public const string NoLongerValid = "public-funds-account-invalid";

    /// <returns>One error per such field answered はい when the account is missing or invalid; none otherwise.</returns>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(
        string residentId, FormDefinition form, JsonNode? answers, CancellationToken cancellationToken)
    {
        var chosen = form.Fields.Where(f => f.PublicFundsAccount && IsYes(AnswerPaths.Get(answers, f.Name))).ToList();
        if (chosen.Count == 0)
        {
            return [];
        }
        var account = (await accounts.ReadAsync(residentId, cancellationToken))?.Document;
        if (account is not null && account.IsValidIn(directory))
        {
            return [];
        }
        return [.. chosen.Select(f => account is null
            ? new FieldError(f.Name, NotRegistered,
                "公金受取口座が登録されていません。公金受取口座を登録するか、「いいえ」を選んで振込先の口座を入力してください。")
            : new FieldError(f.Name, NoLongerValid,
                "登録されている公金受取口座は、金融機関の合併などにより現在は利用できません。口座を登録し直すか、「いいえ」を選んで振込先の口座を入力してください。"))];
    }

    private static bool IsYes(JsonNode? value) => value is JsonValue v && v.TryGetValue<bool>(out var yes) && yes;
}
