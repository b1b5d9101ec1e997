using System.Globalization;

namespace Portal.Benchmarks.Information;

/// <summary>
/// What <c>information-report</c> seeds and samples: <c>--others N</c> (other residents with a record a year in each
/// category, so the resident's partition sits in a container of realistic size), <c>--samples S</c> (reads timed
/// after the warm-up).
/// </summary>
public sealed record InformationReportOptions(int Others, int Samples)
{
    public const int DefaultOthers = 1_000;

    public const int DefaultSamples = 200;

    public static InformationReportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new InformationReportOptions(DefaultOthers, DefaultSamples);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--others" => options with { Others = value },
                "--samples" => options with { Samples = value },
                _ => throw new ArgumentException($"information-report: unknown option {args[i]} (--others, --samples)."),
            };
        }
        return options.Others < 0 || options.Samples < 1
            ? throw new ArgumentException("information-report: --others of at least 0 and --samples of at least 1.")
            : options;
    }
}
