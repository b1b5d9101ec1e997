using Portal.Domain.LocalGovernments;
using Portal.Operator.Cli;

namespace Portal.Operator.Clients;

/// <summary><c>--lg</c>: a 全国地方公共団体コード, refused with a message that says what is wrong and, if it helps, what to type.</summary>
internal static class LocalGovernmentArgument
{
    public static LocalGovernmentCode Parse(string text)
    {
        switch (LocalGovernmentCode.Check(text))
        {
            case LocalGovernmentCodeProblem.None:
                return LocalGovernmentCode.Parse(text);
            case LocalGovernmentCodeProblem.NoSuchPrefecture:
                throw new UsageException($"--lg {text} の上2桁（都道府県）が 01〜47 ではありません。");
            case LocalGovernmentCodeProblem.WrongCheckDigit:
                var expected = LocalGovernmentCode.CheckDigit(text.AsSpan(0, 5));
                throw new UsageException(
                    $"--lg {text} は検査数字（6桁目）が合いません。{text[..5]} の検査数字は {expected} です（{text[..5]}{expected}）。");
            default:
                var hint = text.Length == 5 && text.All(char.IsAsciiDigit) ? $"先頭の 0 が落ちていませんか（0{text}）？" : "";
                throw new UsageException($"--lg \"{text}\" は6桁の全国地方公共団体コード（検査数字を含む半角数字）ではありません。{hint}");
        }
    }
}
