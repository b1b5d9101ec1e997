namespace LocalFunctions.Hosting.Timers;

/// <summary>
/// Where timer singletons take their leases (section <c>LocalHost</c>): the app's <c>AzureWebJobsStorage</c>, as the
/// Functions host does. Instances with the same <see cref="Id"/> share each timer: one of them runs it.
/// </summary>
public sealed class TimerLockOptions
{
    public const string Section = "LocalHost";

    /// <summary>The app's identity (the host id on Azure); by default the name of the assembly a function is in.</summary>
    public string? Id { get; set; }

    /// <summary>How long a lease lasts unrenewed: how soon another instance takes over from one that died (15–60 s).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an instance without the lease tries to take it.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
