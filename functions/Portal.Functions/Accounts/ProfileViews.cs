using System.Globalization;
using Portal.Contracts.Accounts;
using Portal.Domain.Accounts.Profile;

namespace Portal.Functions.Accounts;

internal static class ProfileViews
{
    public static ProfileView View(ResidentProfile p) => new(
        p.Name, p.Address, p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Sex, p.Source, p.ReadAt, p.ConsentedAt);
}
