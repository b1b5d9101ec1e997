namespace Portal.Testing.Privacy;

/// <summary>
/// A unique e-mail address for a test resident. Its random part has no digits: a hex GUID sometimes holds 12 digits
/// in a row that pass the individual number's check digit, and the portal and the chatbot rightly refuse those.
/// </summary>
public static class TestEmails
{
    public static string Unique(string name) =>
        $"{name}-{string.Concat(Guid.NewGuid().ToString("N").Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c))}@example.jp";
}
