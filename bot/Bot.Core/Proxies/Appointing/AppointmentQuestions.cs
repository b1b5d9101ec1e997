namespace Bot.Core.Proxies.Appointing;

/// <summary>The questions of <see cref="AppointmentForm"/>, in order; the typed ones are the name, the date of birth and the last day.</summary>
public static class AppointmentQuestions
{
    public const string Name = "name";

    public const string DateOfBirth = "birth";

    public const string Kind = "kind";

    public const string Services = "services";

    public const string Categories = "categories";

    public const string ValidUntil = "until";

    public const string Review = "review";

    public static bool IsTyped(string asking) => asking is Name or DateOfBirth or ValidUntil;
}
