using Bot.Core.Actions;

namespace Bot.Core.LinkedSites;

/// <summary>連携中のサイト's actions: "v1:sites:{verb}[:{siteId}]". A button carries the site's id only, never what it may read.</summary>
public static class LinkedSiteActions
{
    public const string Feature = "sites";

    /// <summary>The list.</summary>
    public static readonly BotAction List = new(Feature, "list", null);

    /// <summary>The confirmation before unlinking.</summary>
    public static BotAction Ask(string siteId) => new(Feature, "ask", siteId);

    /// <summary>The unlink itself, after the confirmation.</summary>
    public static BotAction Unlink(string siteId) => new(Feature, "unlink", siteId);

    /// <summary>やめる on the confirmation: nothing changes, the list again.</summary>
    public static readonly BotAction Keep = new(Feature, "keep", null);
}
