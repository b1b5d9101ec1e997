using System.Text;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// The card's 基本4情報 (name, address, date of birth, sex) as read for prefill. Personal data: it is never logged,
/// so the record's text form is redacted (a log line that formats a request or outcome shows no value).
/// </summary>
public sealed record BasicFourItems(string Name, string Address, DateOnly DateOfBirth, string Sex)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("redacted");
        return true;
    }
}
