using System.Text;
using Portal.Domain.Errors;
using Portal.Domain.Terms;
using Portal.Operator.Cli;

namespace Portal.Operator.Commands;

/// <summary>
/// <c>terms publish</c>: a new version of the terms of use. Versions are immutable (accounts record the one they
/// accepted): the same version with other text or title is refused; with the same text it is a no-op, so seeding can
/// run at every start.
/// </summary>
internal static class TermsPublishCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["version", "title", "file", "effective-at"], [], []);
        var version = Identifiers.VersionLabel(options.Required("version"));
        var title = Identifiers.Name(options.Required("title"), "title");
        var file = options.Required("file");
        var effectiveAt = options.Optional("effective-at") is { } text ? Timestamps.Parse(text, "effective-at") : (DateTimeOffset?)null;
        var body = ReadBody(file);

        var terms = await context.Store.TermsAsync(context.CancellationToken);
        if (await terms.FindAsync(version, context.CancellationToken) is { } existing)
        {
            return Republished(context, existing, title, body, effectiveAt);
        }
        var now = context.Clock.GetUtcNow();
        var published = new TermsVersion
        {
            Id = version,
            Title = title,
            Body = body,
            EffectiveAt = effectiveAt ?? now,
            PublishedAt = now,
        };
        try
        {
            await terms.PublishAsync(published, context.CancellationToken);
        }
        catch (DuplicateDocumentException)
        {
            // Someone published the same version in between: the same rules as above.
            var raced = await terms.FindAsync(version, context.CancellationToken)
                ?? throw new OperatorException($"利用規約の版 {version} を公開できませんでした。もう一度実行してください。", ExitCodes.Conflict);
            return Republished(context, raced, title, body, effectiveAt);
        }
        context.Output.WriteLine($"利用規約の版 {version}「{title}」を公開しました（{Timestamps.Show(published.EffectiveAt)} から有効）。");
        return ExitCodes.Ok;
    }

    private static int Republished(CommandContext context, TermsVersion existing, string title, string body, DateTimeOffset? effectiveAt)
    {
        if (existing.Title == title && existing.Body == body && (effectiveAt is null || effectiveAt == existing.EffectiveAt))
        {
            context.Output.WriteLine($"利用規約の版 {existing.Id} は同じ内容で公開済みです（変更なし）。");
            return ExitCodes.Ok;
        }
        var what = existing.Body != body ? "本文" : existing.Title != title ? "題名" : "適用開始日時";
        throw new OperatorException(
            $"利用規約の版 {existing.Id} は既に公開されていて、{what}が異なります。公開済みの版は変えられません。新しい版として公開してください。",
            ExitCodes.Conflict);
    }

    /// <summary>The Markdown text with line ends made uniform, so the same file from Windows and Linux is the same version.</summary>
    private static string ReadBody(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OperatorException($"本文のファイル {path} を読めません: {e.Message}", ExitCodes.Failure, e);
        }
        var body = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        return body.Trim().Length > 0 ? body : throw new OperatorException($"本文のファイル {path} が空です。");
    }
}
