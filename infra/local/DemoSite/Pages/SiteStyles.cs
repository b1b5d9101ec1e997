namespace DemoSite.Pages;

/// <summary>The one stylesheet, served from the site itself (the CSP allows no inline style). Narrow screens first.</summary>
public static class SiteStyles
{
    public const string Path = "/site.css";

    public const string Css = """
        body { margin: 0; font-family: system-ui, "Hiragino Sans", "IPAexGothic", sans-serif; color: #1a1a1a; background: #f4f6f8; line-height: 1.6; }
        header { background: #0b5394; color: #fff; padding: 12px 16px; }
        header h1 { margin: 0; font-size: 1.2rem; }
        main { max-width: 40rem; margin: 0 auto; padding: 16px; }
        section { background: #fff; border-radius: 8px; padding: 16px; margin-bottom: 16px; }
        h2 { font-size: 1.1rem; margin-top: 0; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
        dt { font-weight: bold; }
        dd { margin: 0; overflow-wrap: anywhere; }
        .button { display: inline-block; background: #0b5394; color: #fff; border: 0; border-radius: 6px; padding: 12px 20px; font-size: 1rem; text-decoration: none; cursor: pointer; }
        .button.secondary { background: #666; }
        .notice { border-left: 4px solid #c0392b; background: #fdecea; padding: 12px; }
        .meta { color: #555; font-size: 0.9rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #ddd; text-align: left; padding: 4px; }
        """;
}
