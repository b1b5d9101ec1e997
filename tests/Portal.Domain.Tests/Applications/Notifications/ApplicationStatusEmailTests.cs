using Portal.Domain.Applications.Notifications;
using Portal.Domain.Applications.Status;

namespace Portal.Domain.Tests.Applications.Notifications;

public sealed class ApplicationStatusEmailTests
{
    [Fact]
    public void TheEmailNamesTheProcedureTheReceiptNumberAndTheNewStatusAndSendsTheResidentToThePortal()
    {
        var mail = ApplicationStatusEmail.Create("hanako@example.jp", "2611-2704-8153-6", "児童手当の認定請求", ApplicationStatus.CorrectionRequested);

        Assert.Equal("hanako@example.jp", mail.To);
        Assert.Equal("【マイナポータル】申請の状況が「補正依頼」になりました", mail.Subject);
        Assert.Contains("手続: 児童手当の認定請求", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("受付番号: 2611-2704-8153-6", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("状況: 補正依頼", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("マイナポータルで詳細を確認してください", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatusEmail.Purpose, mail.Purpose);
    }

    [Fact]
    public void AProcedureNoLongerInTheCatalogIsCalledAnElectronicApplication()
    {
        var mail = ApplicationStatusEmail.Create("hanako@example.jp", "2611-2704-8153-6", null, ApplicationStatus.Completed);

        Assert.Contains("手続: 電子申請", mail.TextBody, StringComparison.Ordinal);
    }
}
