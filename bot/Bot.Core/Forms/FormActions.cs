using Bot.Core.Actions;

namespace Bot.Core.Forms;

/// <summary>The form flow's actions: "v1:form:{verb}[:{argument}]".</summary>
public static class FormActions
{
    public const string Feature = "form";

    public static readonly BotAction Back = new(Feature, "back", null);
    public static readonly BotAction Later = new(Feature, "later", null);
    /// <summary>After the web form page: re-read the draft and go on.</summary>
    public static readonly BotAction Continue = new(Feature, "continue", null);
    public static readonly BotAction Submit = new(Feature, "submit", null);
    public static readonly BotAction Edit = new(Feature, "edit", null);
    public static readonly BotAction Signed = new(Feature, "signed", null);

    public static BotAction Pick(string value) => new(Feature, "pick", value);

    public static BotAction EditSection(string sectionId) => new(Feature, "edit", sectionId);

    /// <summary>Continue a draft from やること (any channel: the draft is the portal's).</summary>
    public static BotAction Resume(string draftId) => new(Feature, "resume", draftId);
}
