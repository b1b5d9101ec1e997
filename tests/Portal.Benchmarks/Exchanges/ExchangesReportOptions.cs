using System.Globalization;

namespace Portal.Benchmarks.Exchanges;

/// <summary>
/// What <c>exchanges-report</c> seeds and samples: <c>--records N</c> (the measured resident's exchange records),
/// <c>--others N</c> (other residents with 10 records each, so the partition sits in a container of realistic size),
/// <c>--samples S</c> (reads timed after the warm-up), <c>--appends A</c> (appends of each kind timed and counted).
/// </summary>
public sealed record ExchangesReportOptions(int Records, int Others, int Samples, int Appends)
{
    public const int DefaultRecords = 10_000;

    public const int DefaultOthers = 1_000;

    public const int DefaultSamples = 200;

    public const int DefaultAppends = 200;

    public static ExchangesReportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ExchangesReportOptions(DefaultRecords, DefaultOthers, DefaultSamples, DefaultAppends);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--records" => options with { Records = value },
                "--others" => options with { Others = value },
                "--samples" => options with { Samples = value },
                "--appends" => options with { Appends = value },
                _ => throw new ArgumentException($"exchanges-report: unknown option {args[i]} (--records, --others, --samples, --appends)."),
            };
        }
        return options.Records < 1 || options.Others < 0 || options.Samples < 1 || options.Appends < 1
            ? throw new ArgumentException("exchanges-report: --records, --samples and --appends of at least 1, --others of at least 0.")
            : options;
    }
}
