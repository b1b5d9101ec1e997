using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CardTool.Cli;

namespace CardTool.Commands;

/// <summary>
/// <c>cardtool publish</c>: uploads both CRLs to a blob container, where the portal's background refresher fetches
/// them — locally Azurite, standing in for JPKI's CRL distribution points.
/// </summary>
internal static class PublishCommand
{
    public const string DefaultContainer = "crl";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = Options.Parse(args, ["ca", "connection-string", "container"], []);
        var folder = options.Required("ca");
        // A developer's tool: two quick retries, not the SDK's default minute of back-off, before saying storage is down.
        var clientOptions = new BlobClientOptions { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(200) } };
        var container = new BlobContainerClient(options.Required("connection-string"), options.Optional("container") ?? DefaultContainer,
            clientOptions);
        try
        {
            Upload(container, folder, output);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or AggregateException)
        {
            throw new CardToolException($"could not publish to {container.Uri}: {e.GetBaseException().Message}", e);
        }
        return ExitCodes.Ok;
    }

    private static void Upload(BlobContainerClient container, string folder, TextWriter output)
    {
        container.CreateIfNotExists();
        foreach (var crl in new[] { "auth-ca.crl", "sign-ca.crl" })
        {
            var path = Path.Combine(folder, crl);
            if (!File.Exists(path))
            {
                throw new CardToolException($"{path} does not exist: run \"cardtool ca init\" first.");
            }
            using var file = File.OpenRead(path);
            container.GetBlobClient(crl).Upload(file, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/pkix-crl" },
            });
            output.WriteLine($"Published {crl} to {container.Uri}.");
        }
    }
}
