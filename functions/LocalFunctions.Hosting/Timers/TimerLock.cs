using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;

namespace LocalFunctions.Hosting.Timers;

/// <summary>
/// The singleton of a timer function across instances, as the Functions host keeps it on Azure: a blob lease on
/// <c>azure-webjobs-hosts/locks/{hostId}/{function}.Listener</c>. Only the holder schedules and runs the timer; the
/// lease is renewed while held, released on stop, and taken over by another instance once it lapses.
/// </summary>
public sealed class TimerLock(IConfiguration configuration, IOptions<TimerLockOptions> options, ILogger<TimerLock> logger)
{
    /// <summary>Leases lapse in the storage service's time, whatever clock the app's schedules follow (tests set one).</summary>
    private static readonly TimeProvider Clock = TimeProvider.System;

    private const string Container = "azure-webjobs-hosts";

    /// <summary>Waits until this instance holds <paramref name="function"/>'s lease.</summary>
    /// <param name="assemblyName">The function's assembly: the host id when none is configured.</param>
    public async Task<TimerLease> AcquireAsync(string function, string assemblyName, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var blob = await LockBlobAsync(settings.Id ?? assemblyName, function, stoppingToken);
        var lease = blob.GetBlobLeaseClient();
        while (true)
        {
            try
            {
                await lease.AcquireAsync(settings.LeaseDuration, cancellationToken: stoppingToken);
                logger.LogInformation("Timer {Function}: this instance runs it", function);
                return new TimerLease(lease, settings.LeaseDuration, Clock, logger, function);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Another instance holds it.
            }
            await Task.Delay(settings.RetryInterval, Clock, stoppingToken);
        }
    }

    private async Task<BlobClient> LockBlobAsync(string hostId, string function, CancellationToken cancellationToken)
    {
        var connection = configuration["AzureWebJobsStorage"] is { Length: > 0 } value ? value
            : throw new InvalidOperationException("Timer functions need the app setting 'AzureWebJobsStorage' for their singleton leases.");
        var container = new BlobContainerClient(connection, Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var blob = container.GetBlobClient($"locks/{hostId}/{function}.Listener");
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Made by another instance (or leased by it: a write under a lease is refused).
        }
        return blob;
    }
}
