using Portal.Contracts.Errors;

namespace Portal.Domain.Forms;

/// <summary>The resident-facing Japanese message for an error code on a labelled field.</summary>
public static class FieldMessages
{
    public static string For(string code, string label, string kind, int? limit = null) => code switch
    {
        FieldErrorCodes.Required => kind switch
        {
            FieldKinds.Select or FieldKinds.YesNo => $"{label}を選択してください。",
            FieldKinds.Attachment => $"{label}を添付してください。",
            FieldKinds.Group => $"{label}を1件以上入力してください。",
            _ => $"{label}を入力してください。",
        },
        FieldErrorCodes.Katakana => $"{label}は全角カタカナで入力してください。",
        FieldErrorCodes.PostalCode => $"{label}は7桁の数字で入力してください（例：100-0014）。",
        FieldErrorCodes.Phone => $"{label}は市外局番から、10桁または11桁の数字で入力してください（例：03-1234-5678）。",
        FieldErrorCodes.Email => $"{label}は正しいメールアドレスの形式で入力してください。",
        FieldErrorCodes.Date => $"{label}は正しい日付を入力してください。",
        FieldErrorCodes.FutureDate => $"{label}に今日より後の日付は入力できません。",
        FieldErrorCodes.Option => $"{label}は選択肢の中から選んでください。",
        FieldErrorCodes.TooLong => $"{label}は{limit}文字以内で入力してください。",
        FieldErrorCodes.OutOfRange => $"{label}は入力できる範囲を超えています。",
        FieldErrorCodes.TooFewItems => $"{label}は{limit}件以上入力してください。",
        FieldErrorCodes.TooManyItems => $"{label}は{limit}件まで入力できます。",
        FieldErrorCodes.Type when kind == FieldKinds.YesNo => $"{label}は「はい」か「いいえ」を選択してください。",
        FieldErrorCodes.Type when kind == FieldKinds.Number => $"{label}は数字で入力してください。",
        _ => $"{label}の入力内容に誤りがあります。",
    };
}
