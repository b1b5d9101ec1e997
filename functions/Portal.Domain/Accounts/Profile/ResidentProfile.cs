using System.Text;

namespace Portal.Domain.Accounts.Profile;

/// <summary>
/// 利用者情報: the card's basic 4 items (基本4情報) the resident had the portal read from 券面事項入力補助AP, kept on the
/// account to fill the applicant's fields of forms. Never the individual number (the AP's basic 4 items do not hold
/// it). Personal data: the text form is redacted, so a log line that formats it shows no value.
/// </summary>
/// <param name="DateOfBirth">As on the card (西暦).</param>
/// <param name="Sex">ISO 5218 code as on the card: "1" male, "2" female, "9" not applicable.</param>
/// <param name="Source">Where it came from: one of <see cref="ProfileSources"/>.</param>
/// <param name="ReadAt">When the signer posted what it read from the card.</param>
/// <param name="ConsentedAt">When the resident asked the portal to read the card into the profile (the signer asked
/// again, before the PIN, and posted nothing without that consent).</param>
public sealed record ResidentProfile(
    string Name, string Address, DateOnly DateOfBirth, string Sex, string Source, DateTimeOffset ReadAt, DateTimeOffset ConsentedAt)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("redacted");
        return true;
    }
}
