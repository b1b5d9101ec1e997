namespace Bot.Core.Registration;

/// <summary>The six digits from the e-mail as typed: full-width digits, spaces and hyphens allowed.</summary>
public static class ConfirmationCodes
{
    public static string? Normalize(string text)
    {
        var digits = new List<char>();
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Add(c);
            }
            else if (c is >= '０' and <= '９')
            {
                digits.Add((char)('0' + (c - '０')));
            }
            else if (!char.IsWhiteSpace(c) && c is not '-' and not 'ー' and not '－')
            {
                return null;
            }
        }
        return digits.Count == 6 ? new string([.. digits]) : null;
    }
}
