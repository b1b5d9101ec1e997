using System.Globalization;
using BenchmarkDotNet.Running;
using Portal.Benchmarks;
using Portal.Benchmarks.Exchanges;
using Portal.Benchmarks.Home;
using Portal.Benchmarks.Information;
using Portal.Benchmarks.Notices;

// "search-report" prints the さがす latency/memory table (percentiles BenchmarkDotNet does not report);
// "submission-report [--count N]" the 電子申請 submission latency table on the local stack; "bot-turn-report [--count N]"
// the chatbot's turn latency (total, portal, bot-only) on the local stack; "client-auth-report [--count N]" what the
// chatbot's private_key_jwt adds to a token call and its replay-guard writes; "notices-report [--residents N]
// [--concurrency C] [--samples S] [--inbox-only]" the お知らせ writes per notice, fan-out time and inbox latency; "notices-line-report
// [--residents N] [--concurrency C] [--line-limit R] [--fast-limit R]" publish → last LINE multicast at the fake LINE
// API's limit, portal and bot together; "information-report [--others N] [--samples S]" わたしの情報 read latency for a
// resident with 7 years of records; "exchanges-report [--records N] [--others N] [--samples S] [--appends A]" やりとり履歴
// read latency for a resident with 10,000 records and a chained append's cost over a plain create; "home-report
// [--count N]" GET /api/me/home over HTTP for a resident with 5 drafts, 20 applications and 200 notices; else BenchmarkDotNet.
if (args is ["search-report"])
    SearchLatencyReport.Run();
else if (args is ["submission-report", ..])
    await SubmissionLatencyReport.RunAsync(args is [_, "--count", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : SubmissionLatencyReport.DefaultCount);
else if (args is ["bot-turn-report", ..])
    await BotTurnLatencyReport.RunAsync(args is [_, "--count", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : BotTurnLatencyReport.DefaultCount);
else if (args is ["client-auth-report", ..])
    await ClientAuthenticationReport.RunAsync(args is [_, "--count", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : ClientAuthenticationReport.DefaultCount);
else if (args is ["notices-report", .. var options])
    await NoticesReport.RunAsync(NoticesReportOptions.Parse(options));
else if (args is ["notices-line-report", .. var lineOptions])
    await NoticesLineReport.RunAsync(NoticesLineReportOptions.Parse(lineOptions));
else if (args is ["information-report", .. var informationOptions])
    await InformationReport.RunAsync(InformationReportOptions.Parse(informationOptions));
else if (args is ["exchanges-report", .. var exchangesOptions])
    await ExchangesReport.RunAsync(ExchangesReportOptions.Parse(exchangesOptions));
else if (args is ["home-report", ..])
    await HomeReport.RunAsync(args is [_, "--count", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : HomeReport.DefaultCount);
else
    BenchmarkSwitcher.FromAssembly(typeof(SearchLatencyReport).Assembly).Run(args);
