using System.Globalization;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// What <c>notices-report</c> seeds and samples: <c>--residents N</c> (default 100,000, the size),
/// <c>--concurrency C</c> (seeding writes in flight), <c>--samples S</c> (inbox reads timed after the warm-up),
/// <c>--inbox-only</c> (seed, then time the inbox without sending and fanning out the five notices first: the fan-outs
/// write nothing the inbox reads, and take most of an hour at 100,000 residents on 2 busy cores).
/// </summary>
public sealed record NoticesReportOptions(int Residents, int Concurrency, int Samples, bool InboxOnly = false)
{
    public const int DefaultResidents = 100_000;

    /// <summary>
    /// The local Cosmos-protocol server is one node process: past a few dozen requests in flight it only queues them,
    /// and the SDK's 60 s request timeout starts to bite during its snapshot compactions.
    /// </summary>
    public const int DefaultConcurrency = 32;

    public const int DefaultSamples = 200;

    public static NoticesReportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new NoticesReportOptions(DefaultResidents, DefaultConcurrency, DefaultSamples);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] == "--inbox-only")
            {
                options = options with { InboxOnly = true };
                i--;
                continue;
            }
            if (i + 1 == args.Count)
            {
                throw new ArgumentException($"notices-report: {args[i]} needs a value.");
            }
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--residents" => options with { Residents = value },
                "--concurrency" => options with { Concurrency = value },
                "--samples" => options with { Samples = value },
                _ => throw new ArgumentException($"notices-report: unknown option {args[i]} (--residents, --concurrency, --samples, --inbox-only)."),
            };
        }
        if (options.Residents < SeedAreas.Count * 2 || options.Concurrency < 1 || options.Samples < 1)
        {
            throw new ArgumentException($"notices-report: at least {SeedAreas.Count * 2} residents, a concurrency and samples of at least 1.");
        }
        return options;
    }
}
