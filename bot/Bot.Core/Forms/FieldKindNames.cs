namespace Bot.Core.Forms;

/// <summary>The form definition's input kinds the bot treats specially (the portal's vocabulary).</summary>
public static class FieldKindNames
{
    public const string Katakana = "katakana";
    public const string Date = "date";
    public const string Number = "number";
    public const string Select = "select";
    public const string YesNo = "yesNo";
    public const string Attachment = "attachment";
    public const string Group = "group";
}
