using Portal.Domain.Printing;

namespace Portal.Domain.Tests.Printing;

public sealed class PrintingFontLocatorTests : IDisposable
{
    private readonly string appDirectory = Directory.CreateTempSubdirectory("portal-app-").FullName;

    public void Dispose() => Directory.Delete(appDirectory, recursive: true);

    [Fact]
    public void A_font_copied_next_to_the_app_is_used_before_the_system_one()
    {
        var besideApp = PrintingFontLocator.BesideApp(appDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(besideApp)!);
        File.WriteAllBytes(besideApp, [0]);

        Assert.Equal(besideApp, PrintingFontLocator.Locate(new PrintingOptions(), appDirectory));
    }

    [Fact]
    public void Without_a_copy_next_to_the_app_the_debian_package_font_is_used()
    {
        Assert.Equal(PrintingFontLocator.DebianPath, PrintingFontLocator.Locate(new PrintingOptions(), appDirectory));
    }

    [Fact]
    public void A_configured_path_wins_over_the_defaults()
    {
        var configured = Path.Combine(appDirectory, "custom.ttf");
        File.WriteAllBytes(configured, [0]);

        Assert.Equal(configured, PrintingFontLocator.Locate(new PrintingOptions { FontPath = configured }, appDirectory));
    }

    [Fact]
    public void A_configured_path_that_does_not_exist_does_not_fall_back_to_the_defaults()
    {
        var configured = Path.Combine(appDirectory, "typo.ttf");

        var error = Assert.Throws<PrintingFontNotFoundException>(() => PrintingFontLocator.Locate(new PrintingOptions { FontPath = configured }, appDirectory));

        Assert.Contains("Printing:FontPath", error.Message, StringComparison.Ordinal);
    }
}
