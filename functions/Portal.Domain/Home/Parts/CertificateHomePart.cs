using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Residents;

namespace Portal.Domain.Home.Parts;

/// <summary>
/// 利用者証明用電子証明書: a やること, leading to 電子証明書の更新, once the newest certificate the account signs in with
/// expires within <see cref="HomeOptions.CertificateWarning"/> (or has expired). Certificates whose expiry was not
/// recorded are not judged.
/// </summary>
public sealed class CertificateHomePart(AccountService accounts, IOptions<HomeOptions> options, TimeProvider clock) : IHomePart
{
    /// <summary>The catalog's 電子証明書の更新 (さがす).</summary>
    public const string RenewalProcedureId = "electronic-certificate-renewal";

    public string Name => "certificate";

    public async Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        // A renewed card adds a certificate: the latest expiry is the one that matters.
        var notAfter = account.Certificates.Max(c => c.NotAfter);
        if (notAfter is not { } expiry || expiry - clock.GetUtcNow() > options.Value.CertificateWarning)
        {
            return new HomeContribution();
        }
        return new HomeContribution { Todo = [new HomeTodo(HomeTodoKinds.CertificateExpiring, null, RenewalProcedureId, null, expiry, null)] };
    }
}
