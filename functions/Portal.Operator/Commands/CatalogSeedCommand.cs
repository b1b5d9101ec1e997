using System.Diagnostics;
using System.Globalization;
using Portal.Domain.Procedures.Catalog;
using Portal.Operator.Catalog;
using Portal.Operator.Cli;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>catalog seed</c>: the procedure templates and every body's seeded offerings (the whole country, about 100,000
/// offerings in some 1,800 documents) into the procedures container, in parallel. Safe to run at every start.
/// </summary>
internal static class CatalogSeedCommand
{
    public const int DefaultConcurrency = 8;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["concurrency"], [], []);
        var concurrency = options.Optional("concurrency") is { } text ? Concurrency(text) : DefaultConcurrency;

        var directory = LocalGovernmentCatalog.Load();
        var templates = ProcedureTemplateCatalog.Load();
        var sets = OfferingGenerator.Generate(directory, templates);

        var stopwatch = Stopwatch.StartNew();
        var seeder = new CatalogSeeder(await context.Store.OpenAsync(context.CancellationToken), concurrency);
        var templateCounts = await seeder.SeedTemplatesAsync(templates, context.CancellationToken);
        var setCounts = await seeder.SeedOfferingSetsAsync(sets, context.CancellationToken);
        stopwatch.Stop();

        var offerings = sets.Sum(s => s.Offerings.Count);
        var agencies = sets.Count(s => s.Id.StartsWith("national-", StringComparison.Ordinal));
        var output = context.Output;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"手続のテンプレート {templates.Count:N0} 件: 新規 {templateCounts[SeedOutcome.Created]:N0}, 更新 {templateCounts[SeedOutcome.Updated]:N0}, 変更なし {templateCounts[SeedOutcome.Unchanged]:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"提供する団体・機関 {sets.Count:N0}（都道府県・市区町村 {sets.Count - agencies:N0}（政令市の区は市が提供）、国の機関 {agencies:N0}）、提供 {offerings:N0} 件: 新規 {setCounts[SeedOutcome.Created]:N0}, 更新 {setCounts[SeedOutcome.Updated]:N0}, 変更なし {setCounts[SeedOutcome.Unchanged]:N0}, 機関が変更済みのため保持 {setCounts[SeedOutcome.KeptAgencyChange]:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalSeconds:F1} 秒（並列 {concurrency}）"));
        return ExitCodes.Ok;
    }

    private static int Concurrency(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 64
            ? n
            : throw new UsageException("--concurrency は 1〜64 の整数です。");
}
