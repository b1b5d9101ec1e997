using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Email;
using Portal.Domain.Errors;
using Portal.Testing;

namespace Portal.Domain.Tests.Email;

public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task AJapaneseMailArrivesAtTheSmtpSinkIntact()
    {
        var stack = await LocalStack.GetAsync();
        var to = Portal.Testing.Privacy.TestEmails.Unique("resident");
        var sender = new SmtpEmailSender(Options.Create(new SmtpOptions
        {
            Host = stack.Smtp.Host, Port = stack.Smtp.Port, UseStartTls = false,
        }), NullLogger<SmtpEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage(to, "【マイナポータル】登録が完了しました", "ご登録ありがとうございます。", "test"), CancellationToken.None);

        var mail = await MailSink.WaitForAsync(stack, to, TimeSpan.FromSeconds(10));
        Assert.Equal("【マイナポータル】登録が完了しました", mail.GetProperty("subject").GetString());
        Assert.Contains("ご登録ありがとうございます。", mail.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnUnreachableRelayIsReportedAsAnUnavailableDependency()
    {
        var sender = new SmtpEmailSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = 1, UseStartTls = false }),
            NullLogger<SmtpEmailSender>.Instance);

        var error = await Assert.ThrowsAsync<DependencyUnavailableException>(() =>
            sender.SendAsync(new EmailMessage("a@example.jp", "s", "b", "test"), CancellationToken.None));
        Assert.Equal("smtp", error.Dependency);
    }
}
