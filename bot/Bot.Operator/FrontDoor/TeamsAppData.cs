namespace Bot.Operator.FrontDoor;

/// <summary>
/// The Teams app's texts. <see cref="AppId"/> stays the same across versions so an upload replaces the app instead of
/// adding a second one; <see cref="Version"/> must grow with each upload.
/// </summary>
public sealed record TeamsAppData(
    Guid AppId, string Version, string DeveloperName, string PrivacyPath, string TermsOfUsePath, string ShortName, string FullName,
    string ShortDescription, string FullDescription, string AccentColor, string IconText);
