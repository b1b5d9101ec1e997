using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Testing;

/// <summary>Reads what the local SMTP sink (maildev) received, through its REST API.</summary>
public static class MailSink
{
    private static readonly HttpClient Http = new();

    public static async Task<JsonElement> WaitForAsync(StackState stack, string to, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var mails = await Http.GetFromJsonAsync<JsonElement>(new Uri(stack.Smtp.WebUrl, "api/email"));
            foreach (var mail in mails.EnumerateArray())
            {
                if (mail.GetProperty("to").EnumerateArray().Any(r => r.GetProperty("address").GetString() == to))
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
