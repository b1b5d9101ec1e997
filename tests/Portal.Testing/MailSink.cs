using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Testing;

/// <summary>Reads what the local SMTP sink (maildev) received, through its REST API.</summary>
public static class MailSink
{
    private static readonly HttpClient Http = new();

    /// <summary>How many mails to <paramref name="to"/> (that <paramref name="matching"/> accepts) the sink holds now.</summary>
    public static async Task<int> CountToAsync(StackState stack, string to, Func<JsonElement, bool>? matching = null) =>
        (await Http.GetFromJsonAsync<JsonElement>(new Uri(stack.Smtp.WebUrl, "api/email"))).EnumerateArray()
            .Count(mail => mail.GetProperty("to").EnumerateArray().Any(r => r.GetProperty("address").GetString() == to)
                && (matching ?? (_ => true))(mail));

    public static Task<JsonElement> WaitForAsync(StackState stack, string to, TimeSpan timeout) =>
        WaitForAsync(stack, to, timeout, _ => true);

    /// <summary>The first mail to <paramref name="to"/> that <paramref name="matching"/> accepts (by subject, say).</summary>
    public static async Task<JsonElement> WaitForAsync(StackState stack, string to, TimeSpan timeout, Func<JsonElement, bool> matching)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var mails = await Http.GetFromJsonAsync<JsonElement>(new Uri(stack.Smtp.WebUrl, "api/email"));
            foreach (var mail in mails.EnumerateArray())
            {
                if (mail.GetProperty("to").EnumerateArray().Any(r => r.GetProperty("address").GetString() == to) && matching(mail))
                {
                    return mail;
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {to} arrived within {timeout}.");
            }
            await Task.Delay(200);
        }
    }
}
