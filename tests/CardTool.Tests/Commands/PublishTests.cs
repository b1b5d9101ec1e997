using Azure.Storage.Blobs;
using CardTool.Tests.Support;
using Portal.Testing;

namespace CardTool.Tests.Commands;

/// <summary>Publishing to the real local blob service (Azurite), where the portal's CRL refresher reads.</summary>
[Collection(PkiCollection.Name)]
public sealed class PublishTests(Pki pki)
{
    [Fact]
    public async Task BothCrlsArePublishedByteForByteToTheContainer()
    {
        var stack = await LocalStack.GetAsync();
        var container = $"crl-{Guid.NewGuid():N}";

        Tool.Ok("publish", "--ca", pki.CaDir, "--connection-string", stack.Storage.ConnectionString, "--container", container);

        var blobs = new BlobContainerClient(stack.Storage.ConnectionString, container);
        foreach (var crl in new[] { "auth-ca.crl", "sign-ca.crl" })
        {
            var published = (await blobs.GetBlobClient(crl).DownloadContentAsync()).Value.Content.ToArray();
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(pki.CaDir, crl)), published);
        }
    }

    [Fact]
    public void AnUnreachableStorageAccountIsAFailureNotACrash()
    {
        var run = Tool.Run("publish", "--ca", pki.CaDir, "--connection-string",
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1");

        Assert.Equal(1, run.ExitCode);
    }
}
