using Portal.Contracts.CardRequests;
using System.Security.Cryptography;
using Portal.Testing.Procedures;
using Microsoft.Extensions.DependencyInjection;
using MynaCard.Jpki;
using MynaCard.SoftwareCard.CardFiles;
using MynaCard.Transport;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Identity;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Functions.Tests.Procedures;

namespace Portal.Functions.Tests.Applications;

/// <summary>
/// The local host with <see cref="SmallCatalog"/> seeded, residents with tokens of their own, agency clients for
/// 千代田区 and 中央区, and applications stored directly (as submission would) with a real card signature.
/// </summary>
public class ApplicationsApiFixture : IAsyncLifetime
{
    public const string Chiyoda = "131016";
    public const string Chuo = "131024";
    public const string Procedure = SmallCatalog.ChildAllowance;

    private int _next;
    private string? _card;

    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public IServiceProvider Services => Api.Host.Services;

    /// <summary>App settings of the host beyond the defaults (a derived fixture's).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Api = await AccountsApi.StartAsync(Pki, Settings);
        await Services.SeedCatalogAsync(SmallCatalog.Templates, SmallCatalog.Sets);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }

    /// <summary>A registered agency client bound to <paramref name="body"/>, and a client-credentials token for it.</summary>
    public Task<string> AgencyTokenAsync(string body, params string[] scopes) => AgencyTokenAsync(Services, body, scopes);

    /// <summary>The same, on any host with the portal's services (another fixture's).</summary>
    public static async Task<string> AgencyTokenAsync(IServiceProvider services, string body, params string[] scopes)
    {
        var clientId = $"agency-{body}";
        var clients = services.GetRequiredService<ClientRepository>();
        var binding = new AgencyBinding(body, null);
        if (await clients.FindAsync(clientId, CancellationToken.None) is null)
        {
            try
            {
                await clients.CreateAsync(new RegisteredClient
                {
                    Id = clientId,
                    Name = body,
                    Kind = ClientKinds.Agency,
                    AllowedGrantTypes = [GrantTypes.ClientCredentials],
                    AllowedScopes = [PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications],
                    Agency = binding,
                    CreatedAt = DateTimeOffset.UtcNow,
                }, CancellationToken.None);
            }
            catch (Portal.Domain.Errors.DuplicateDocumentException)
            {
                // Another test registered it first.
            }
        }
        var issued = await services.GetRequiredService<AccessTokenService>().IssueAsync(
            new AccessTokenClaims(clientId, clientId, scopes.Length > 0 ? scopes : [PortalScopes.AgencyApplications], binding));
        return issued.Token;
    }

    /// <summary>
    /// An application as submission stores it: the canonical document, signed on a software card into a detached CMS,
    /// one attachment stored in blob storage, received by <paramref name="body"/>.
    /// </summary>
    public async Task<Application> SubmitAsync(string residentId, string body = Chiyoda, bool notifyByEmail = false,
        ApplicationStatus status = ApplicationStatus.Arrived, DateTimeOffset? at = null)
    {
        var received = at ?? Api.Clock.Now;
        var number = ReceiptNumber.Create(DateOnly.FromDateTime(received.UtcDateTime), Interlocked.Increment(ref _next) + Random.Shared.Next(0, 999) * 1000);
        var file = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7 {number}");
        var attachment = new AttachmentReference("jumin.pdf", "application/pdf", file.Length, Convert.ToHexStringLower(SHA256.HashData(file)));
        var content = new ApplicationContent(Procedure, Procedure, "1", body,
            System.Text.Json.JsonSerializer.SerializeToElement(new { applicantName = "山田 花子", children = 2 }), [attachment]);
        var document = CanonicalDocument.Create(content);
        var (cms, certificate) = await SignAsync(document);
        using var x509 = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(certificate);
        var application = new Application
        {
            Id = number.ToString(),
            LocalGovernmentCode = body,
            ResidentId = residentId,
            ProcedureId = Procedure,
            FormId = Procedure,
            FormVersion = "1",
            Revisions =
            [
                new ApplicationRevision
                {
                    Number = 1,
                    SubmittedAt = received,
                    FormVersion = "1",
                    Document = Convert.ToBase64String(document.ToArray()),
                    DocumentSha256 = document.Sha256Hex,
                    Cms = Convert.ToBase64String(cms),
                    Signer = new SignerCertificate(x509.Issuer, x509.SerialNumber),
                    Attachments = [attachment],
                },
            ],
            Status = status,
            CreatedAt = received,
            NotifyByEmail = notifyByEmail,
        };
        // As submission does: the nationwide reservation first, which is how a resident's receipt number is found.
        await Services.GetRequiredService<ReceiptRepository>().ReserveAsync(new ReceiptReservation
        {
            Id = application.Id, LocalGovernmentCode = body, ResidentId = residentId, CreatedAt = received,
        }, CancellationToken.None);
        await Services.GetRequiredService<ApplicationRepository>().CreateAsync(application, CancellationToken.None);
        await Services.GetRequiredService<ApplicationAttachmentStore>().StoreAsync(body, application.Id, 1, 1, new MemoryStream(file),
            attachment.ContentType, attachment.Sha256, CancellationToken.None);
        return application;
    }

    public async Task<Application> ReadAsync(Application application) =>
        (await Services.GetRequiredService<ApplicationRepository>().ReadAsync(application.LocalGovernmentCode, application.Id, CancellationToken.None))!.Document;

    /// <summary>What the signer app does: the card's signing key over the CMS signed attributes, wrapped as detached SignedData.</summary>
    private async Task<(byte[] Cms, byte[] Certificate)> SignAsync(CanonicalDocument document)
    {
        _card ??= Pki.Issue();
        var certificate = Convert.FromBase64String(CardFile.Load(_card).Jpki.Signing.Certificate);
        var attributes = SigningAttributes.Create(document.Sha256.Span, Api.Clock.Now, "AAAAAAAAAAAAAAAAAAAAAA", IdentityHost.Audience,
            System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));
        byte[] signature;
        await using (var card = MynaCard.SoftwareCard.SoftwareCard.Open(_card))
        {
            signature = await new JpkiApplet(new CardChannel(card)).SignWithPinAsync(JpkiKey.Signing, IdentityPki.SignPin, SHA256.HashData(attributes));
        }
        return (DetachedSignedData.Assemble(attributes, signature, certificate), certificate);
    }
}
