using System.Text.RegularExpressions;
using Portal.Domain.Identity.Clients;

namespace Portal.Operator.Cli;

/// <summary>The ids the operator types: client ids, national agency ids, terms version labels (also document ids).</summary>
internal static partial class Identifiers
{
    /// <summary>A client_id: letters, digits, '.', '_', '-'; safe in a Cosmos id, a URL and a JWT.</summary>
    public static string ClientId(string text, string option = "id") =>
        ClientIdentifiers.IsClientId(text)
            ? text
            : throw new UsageException($"--{option} \"{text}\" はクライアント ID に使えません（英数字と . _ - で 1〜64 文字、先頭は英数字）。");

    /// <summary>A national agency id such as "mofa": small letters, digits and '-'.</summary>
    public static string NationalAgencyId(string text) =>
        NationalPattern().IsMatch(text)
            ? text
            : throw new UsageException($"--national \"{text}\" は国の機関 ID に使えません（英小文字・数字・- で 2〜32 文字、先頭は英小文字。例: mofa）。");

    /// <summary>A health insurer's 保険者番号: 6 digits (国民健康保険) or 8 (被用者保険, 後期高齢者医療).</summary>
    public static string InsurerNumber(string text) =>
        text is { Length: 6 or 8 } && text.All(char.IsAsciiDigit)
            ? text
            : throw new UsageException($"--insurer \"{text}\" は保険者番号に使えません（6桁または8桁の数字。例: 06139999）。");

    /// <summary>A 医療機関コード: 10 digits (都道府県 2, 点数表 1, the institution 7).</summary>
    public static string MedicalInstitutionCode(string text) =>
        text is { Length: 10 } && text.All(char.IsAsciiDigit)
            ? text
            : throw new UsageException($"--code \"{text}\" は医療機関コードに使えません（10桁の数字。例: 1310000001）。");

    /// <summary>A terms version label such as "2026-11-01".</summary>
    public static string VersionLabel(string text) =>
        ClientIdentifiers.LabelPattern().IsMatch(text)
            ? text
            : throw new UsageException($"--version \"{text}\" は版の名前に使えません（英数字と . _ - で 1〜64 文字。例: 2026-11-01）。");

    /// <summary>A display name: not blank, one line, at most 100 characters.</summary>
    public static string Name(string text, string option = "name")
    {
        var name = text.Trim();
        return name.Length is > 0 and <= 100 && !name.Any(char.IsControl)
            ? name
            : throw new UsageException($"--{option} は1行・100文字以内で指定してください。");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex NationalPattern();
}
