using System.Globalization;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// What <c>notices-line-report</c> seeds and limits: <c>--residents N</c> (default 20,000), <c>--concurrency C</c>
/// (seeding writes in flight), <c>--line-limit R</c> (the fake LINE API's multicast requests a second in the first run,
/// chosen below what the portal feeds) and <c>--fast-limit R</c> (the second run's, well above it).
/// </summary>
public sealed record NoticesLineReportOptions(int Residents, int Concurrency, double LineLimit, double FastLimit)
{
    public const int DefaultResidents = 20_000;

    /// <summary>
    /// The portal's fan-out fed about 3 pages (≤ 500 residents, so 3 multicasts) a second at 20,000 residents here
    /// (notices-report): at 1 a second, LINE's limit is three times below that, so the limit is what the run measures.
    /// </summary>
    public const double DefaultLineLimit = 1;

    /// <summary>LINE's own figure for multicast (200 requests a second), far above what the local portal feeds.</summary>
    public const double DefaultFastLimit = 200;

    public static NoticesLineReportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new NoticesLineReportOptions(DefaultResidents, NoticesReportOptions.DefaultConcurrency, DefaultLineLimit, DefaultFastLimit);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--residents" => options with { Residents = (int)value },
                "--concurrency" => options with { Concurrency = (int)value },
                "--line-limit" => options with { LineLimit = value },
                "--fast-limit" => options with { FastLimit = value },
                _ => throw new ArgumentException($"notices-line-report: unknown option {args[i]} (--residents, --concurrency, --line-limit, --fast-limit)."),
            };
        }
        if (options.Residents < SeedAreas.Count * 2 || options.Concurrency < 1 || options.LineLimit <= 0 || options.FastLimit <= 0)
        {
            throw new ArgumentException($"notices-line-report: at least {SeedAreas.Count * 2} residents, a concurrency of at least 1, positive limits.");
        }
        return options;
    }
}
