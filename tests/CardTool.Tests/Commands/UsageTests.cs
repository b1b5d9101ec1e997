using CardTool.Tests.Support;

namespace CardTool.Tests.Commands;

/// <summary>Wrong command lines exit 2, failures 1; either way one plain message, no stack trace.</summary>
public sealed class UsageTests
{
    private static readonly string[] Issue =
    [
        "issue", "--ca", "/nonexistent/ca", "--out", "/nonexistent/card.json", "--name", "山田　太郎", "--address", "東京都",
        "--birth", "1990-01-02", "--sex", "1", "--auth-pin", "1234", "--sign-pin", "ABC123",
    ];

    public static TheoryData<string, string[], string> UsageErrors => new()
    {
        { "no command", [], "no command given" },
        { "an unknown command", ["frobnicate"], "unknown command" },
        { "ca without init", ["ca"], "cardtool ca init" },
        { "ca init without --dir", ["ca", "init"], "--dir is required" },
        { "ca init with a CRL URL that is not http", ["ca", "init", "--dir", "x", "--crl-base-url", "ftp://x/"], "--crl-base-url" },
        { "issue without options", ["issue"], "is required" },
        { "issue without --name", Without("--name"), "--name is required" },
        { "issue with sex 3", With("--sex", "3"), "--sex" },
        { "issue with sex 0", With("--sex", "0"), "--sex" },
        { "issue with a birth date with slashes", With("--birth", "1990/01/02"), "--birth" },
        { "issue with an impossible birth date", With("--birth", "1990-02-30"), "--birth" },
        { "issue with a birth date in the future", With("--birth", "2999-01-01"), "--birth" },
        { "issue with a 3-digit auth PIN", With("--auth-pin", "123"), "--auth-pin" },
        { "issue with a 5-digit auth PIN", With("--auth-pin", "12345"), "--auth-pin" },
        { "issue with a letter in the auth PIN", With("--auth-pin", "12a4"), "--auth-pin" },
        { "issue with full-width digits in the auth PIN", With("--auth-pin", "１２３４"), "--auth-pin" },
        { "issue with a small-letter signing PIN", With("--sign-pin", "abc123"), "--sign-pin" },
        { "issue with a 5-character signing PIN", With("--sign-pin", "ABC12"), "--sign-pin" },
        { "issue with a 17-character signing PIN", With("--sign-pin", "ABCDEFGHIJ1234567"), "--sign-pin" },
        { "issue with a symbol in the signing PIN", With("--sign-pin", "ABC-123"), "--sign-pin" },
        { "issue with a 3-digit card input PIN", [.. Issue, "--card-input-pin", "123"], "--card-input-pin" },
        { "issue with zero valid days", [.. Issue, "--valid-days", "0"], "--valid-days" },
        { "issue with valid days in words", [.. Issue, "--valid-days", "ten"], "--valid-days" },
        { "issue with an empty name", With("--name", " "), "--name is empty" },
        { "issue with a CRL URL that is not a URL", [.. Issue, "--crl-base-url", "crl"], "--crl-base-url" },
        { "issue with an unknown option", [.. Issue, "--colour", "red"], "unknown option" },
        { "issue with --name twice", [.. Issue, "--name", "again"], "given twice" },
        { "issue with an option at the end without its value", [.. Issue, "--valid-days"], "needs a value" },
        { "issue with a stray word", [.. Issue, "please"], "unexpected argument" },
        { "revoke without --card", ["revoke", "--ca", "x"], "--card is required" },
        { "revoke with an unknown key", ["revoke", "--ca", "x", "--card", "y", "--key", "both-and-more"], "--key" },
        { "crl with zero hours", ["crl", "--ca", "x", "--next-update-hours", "0"], "--next-update-hours" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void WrongCommandLineExits2WithOneMessage(string wrong, string[] args, string message)
    {
        var run = Tool.Run(args);
        Assert.True(run.ExitCode == 2, $"{wrong}: exit {run.ExitCode}, {run.Error}");
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("cardtool help", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    public static TheoryData<string, string[], string> Failures => new()
    {
        { "issue from a folder without a CA", Issue, "is not a CA folder" },
        { "revoke from a folder without a CA", ["revoke", "--ca", "/nonexistent/ca", "--card", "/nonexistent/card.json"], "is not a CA folder" },
        { "crl in a folder without a CA", ["crl", "--ca", "/nonexistent/ca"], "is not a CA folder" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void FailureExits1WithOneMessage(string failure, string[] args, string message)
    {
        var run = Tool.Run(args);
        Assert.True(run.ExitCode == 1, $"{failure}: exit {run.ExitCode}, {run.Error}");
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CaStateThatIsNotJsonIsAFailureNotACrash()
    {
        var folder = Directory.CreateTempSubdirectory("cardtool-broken-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "ca.json"), "{ broken");
            var run = Tool.Run("crl", "--ca", folder);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("is not a CA state file", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void HelpPrintsTheUsageAndExits0(string help)
    {
        var run = Tool.Run(help);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("cardtool issue --ca <ca-dir> --out <card-file>", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    private static string[] Without(string option)
    {
        var at = Array.IndexOf(Issue, option);
        return [.. Issue[..at], .. Issue[(at + 2)..]];
    }

    private static string[] With(string option, string value)
    {
        var args = (string[])Issue.Clone();
        args[Array.IndexOf(args, option) + 1] = value;
        return args;
    }
}
