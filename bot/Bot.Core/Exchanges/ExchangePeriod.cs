using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.Information;

namespace Bot.Core.Exchanges;

/// <summary>
/// The period やりとり履歴 is asked for, fixed when asked (so the content page lists what the counts counted): the last
/// year up to now, or the days typed (和暦 accepted, through <see cref="InformationPeriod"/>) from 0:00 to the end of the
/// last day in Japan.
/// </summary>
public sealed record ExchangePeriod(DateTimeOffset From, DateTimeOffset To, string Shown)
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>What the portal keeps (7 years), in whole days as a resident counts them.</summary>
    public const int RetentionYears = 7;

    public static ExchangePeriod LastYear(DateTimeOffset now) => new(now - TimeSpan.FromDays(365), now, "過去1年間");

    public static ExchangePeriod Days(InformationPeriod days) => new(
        new DateTimeOffset(days.From.ToDateTime(TimeOnly.MinValue), Japan),
        new DateTimeOffset(days.To.ToDateTime(TimeOnly.MaxValue), Japan),
        days.IsDay ? days.Shown.Replace("時点", "", StringComparison.Ordinal) : days.Shown);

    /// <summary>Starts more than 7 years before <paramref name="now"/>: the portal no longer keeps those records.</summary>
    public bool BeforeRetention(DateTimeOffset now) =>
        DateOnly.FromDateTime(From.ToOffset(Japan).DateTime) < DateOnly.FromDateTime(now.ToOffset(Japan).DateTime).AddYears(-RetentionYears);

    /// <summary>The portal's query: instants with their offset, "+" escaped.</summary>
    public string Query => $"from={Uri.EscapeDataString(Iso(From))}&to={Uri.EscapeDataString(Iso(To))}";

    public JsonObject Parameters => new() { ["from"] = Iso(From), ["to"] = Iso(To), ["shown"] = Shown };

    public static ExchangePeriod Of(JsonObject parameters) => new(
        DateTimeOffset.Parse(parameters["from"]!.GetValue<string>(), CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(parameters["to"]!.GetValue<string>(), CultureInfo.InvariantCulture),
        parameters["shown"]!.GetValue<string>());

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);
}
