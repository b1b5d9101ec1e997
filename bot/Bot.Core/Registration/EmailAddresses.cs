using System.Net.Mail;

namespace Bot.Core.Registration;

/// <summary>A plausible e-mail address as typed (the portal checks it again and proves it with the code).</summary>
public static class EmailAddresses
{
    public static string? Normalize(string text)
    {
        var value = text.Trim().Replace('＠', '@');
        if (value.Length is < 3 or > 254 || value.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(value, out var address) || address.Address != value)
        {
            return null;
        }
        var domain = address.Host;
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') ? value : null;
    }
}
