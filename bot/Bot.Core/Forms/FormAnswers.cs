using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>What a typed or tapped answer means for a field's kind, and how an answer is shown back.</summary>
public static class FormAnswers
{
    public const string Yes = "true";
    public const string No = "false";

    /// <summary>The JSON value to store, or null with the reason it cannot be read (Japanese).</summary>
    public static (JsonNode? Value, string? Problem) Read(FormFieldView field, string text)
    {
        var trimmed = text.Trim();
        switch (field.Kind)
        {
            case FieldKindNames.YesNo:
                return trimmed switch
                {
                    Yes or "はい" or "ある" or "いる" => (JsonValue.Create(true), null),
                    No or "いいえ" or "ない" or "いない" => (JsonValue.Create(false), null),
                    _ => (null, "「はい」か「いいえ」でお答えください。"),
                };
            case FieldKindNames.Select:
                var option = field.Options?.FirstOrDefault(o => o.Value == trimmed || o.Label == trimmed);
                return option is null ? (null, "選択肢の中から選んでください。") : (JsonValue.Create(option.Value), null);
            case FieldKindNames.Date:
                return JapaneseDates.TryParse(trimmed, out var date)
                    ? (JsonValue.Create(JapaneseDates.Iso(date)), null)
                    : (null, "日付として読み取れませんでした。「令和7年5月20日」や「2025-05-20」のように入力してください。");
            case FieldKindNames.Number:
                return decimal.TryParse(trimmed.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? (JsonValue.Create(number), null)
                    : (null, "数字で入力してください。");
            default:
                return (JsonValue.Create(trimmed), null);
        }
    }

    /// <summary>The answer as the resident reads it: option labels, はい／いいえ, dates in 和暦.</summary>
    public static string Show(FormFieldView field, JsonNode? value)
    {
        if (FormQuestions.IsBlank(value))
        {
            return "（未入力）";
        }
        if (field.Sensitive)
        {
            return "（入力済み）";
        }
        return field.Kind switch
        {
            FieldKindNames.YesNo => value!.GetValueKind() == System.Text.Json.JsonValueKind.True ? "はい" : "いいえ",
            FieldKindNames.Select => field.Options?.FirstOrDefault(o => o.Value == value!.ToString())?.Label ?? value!.ToString(),
            FieldKindNames.Date => JapaneseDates.Format(value!.ToString()),
            FieldKindNames.Attachment => "（添付済み）",
            _ => value!.ToString(),
        };
    }
}
