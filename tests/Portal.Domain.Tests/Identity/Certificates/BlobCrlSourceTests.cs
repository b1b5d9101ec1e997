using Azure.Storage.Blobs;
using Portal.Domain.Identity.Certificates;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Certificates;

/// <summary>The blob CRL source against the local stack's Azurite, where the run command will publish CRLs.</summary>
public sealed class BlobCrlSourceTests(TestPki pki) : IClassFixture<TestPki>
{
    private static async Task<BlobContainerClient> NewContainerAsync(bool create)
    {
        var stack = await LocalStack.GetAsync();
        var container = new BlobContainerClient(stack.Storage.ConnectionString, $"crl-{Guid.NewGuid():N}");
        if (create)
        {
            await container.CreateAsync();
        }
        return container;
    }

    [Fact]
    public async Task PublishedCrlsAreFetchedIntoTheStore()
    {
        var container = await NewContainerAsync(create: true);
        var options = new CrlOptions { Container = container.Name };
        foreach (var purpose in Enum.GetValues<CertificatePurpose>())
        {
            await container.UploadBlobAsync(options.NameOf(purpose), BinaryData.FromBytes(pki.Crl(purpose)));
        }
        var store = new CrlStore(pki.Anchors);

        await new CrlRefresher(new BlobCrlSource(container, options), store).RefreshAsync(CancellationToken.None);

        Assert.Equal(store.Current(CertificatePurpose.Authentication)!.Number, CrlNumber(pki.Crl(CertificatePurpose.Authentication)));
        Assert.Equal(store.Current(CertificatePurpose.Signing)!.Number, CrlNumber(pki.Crl(CertificatePurpose.Signing)));
        await container.DeleteAsync();
    }

    private static System.Numerics.BigInteger CrlNumber(byte[] der)
    {
        System.Security.Cryptography.X509Certificates.CertificateRevocationListBuilder.Load(der, out var number);
        return number;
    }

    [Fact]
    public async Task AContainerNotYetMadeMeansNoCrl()
    {
        var container = await NewContainerAsync(create: false);

        var crl = await new BlobCrlSource(container, new CrlOptions()).FetchAsync(CertificatePurpose.Authentication, CancellationToken.None);

        Assert.Null(crl);
    }
}
