namespace Portal.Domain.Email;

/// <summary>The SMTP relay: the local sink in development, the mail service in Azure.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary>STARTTLS; off only for the loopback sink.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "no-reply@portal.example";

    public string FromName { get; set; } = "マイナポータル";
}
