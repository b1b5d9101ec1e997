using Microsoft.Playwright;

namespace Bot.WebChat.Browser.Tests;

/// <summary>
/// Debian's chromium, launched by Playwright headless as root: Playwright's own browser download cannot work here, so a
/// missing browser fails the test with the install line (scripts/lib/chromium.sh installs it for test.sh).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string InstallLine = "sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium";

    // Playwright gives every launch a fresh temporary profile (the user data dir) and adds --no-sandbox itself when the
    // sandbox is off; it refuses --user-data-dir in the arguments.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The web chat browser test needs Debian's chromium at {ExecutablePath}, and it is not installed. Install it: {InstallLine}");
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ChromiumSandbox = false,
            Args = Flags,
        });
    }
}
