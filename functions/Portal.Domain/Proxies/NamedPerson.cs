using System.Text;

namespace Portal.Domain.Proxies;

/// <summary>
/// A person as named by the other party: the name as on the card (spaces aside) and the date of birth. Personal data:
/// the text form is redacted, so a log line that formats it shows no value.
/// </summary>
public sealed record NamedPerson(string Name, DateOnly DateOfBirth)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("redacted");
        return true;
    }
}
