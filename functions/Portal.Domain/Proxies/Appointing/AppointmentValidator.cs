using System.Globalization;
using Portal.Contracts.Proxies;
using Portal.Domain.Information.Catalogue;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// Checks what a resident asks for before anything is stored: the other person named, known services and わたしの情報
/// categories (categories only with わたしの情報), a period from today on, at most 5 years for a 任意代理人, and for
/// 親権者 / 未成年後見人 a minor principal and an end no later than their 18th birthday. The first problem found is
/// the one answered, so the resident fixes one thing at a time in the order of the form.
/// </summary>
public sealed class AppointmentValidator(InformationCatalogue catalogue)
{
    public const int MaxNameLength = 100;

    /// <param name="starter">The starting party's own name and date of birth, from their card (利用者情報).</param>
    /// <param name="today">Today in Japan.</param>
    /// <exception cref="DelegationTermsInvalidException">The first problem.</exception>
    public AppointmentTerms Validate(AppointmentRequest request, string direction, NamedPerson starter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            throw Refused(DelegationTermsRefusal.NameRequired);
        }
        if (!TryDate(request.DateOfBirth, out var born) || born > today || born.Year < 1900)
        {
            throw Refused(DelegationTermsRefusal.DateOfBirthInvalid);
        }
        var invited = new NamedPerson(request.Name.Trim(), born);
        var basis = CheckKind(request);
        var services = request.Services?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (services.Count == 0)
        {
            throw Refused(DelegationTermsRefusal.ServicesRequired);
        }
        if (!services.All(DelegatedServices.IsKnown))
        {
            throw Refused(DelegationTermsRefusal.ServiceUnknown);
        }
        var categories = request.InformationCategories?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (categories.Count > 0 && !services.Contains(DelegatedServices.Information))
        {
            throw Refused(DelegationTermsRefusal.CategoriesWithoutInformation);
        }
        if (categories.Any(c => catalogue.Find(c) is null))
        {
            throw Refused(DelegationTermsRefusal.CategoryUnknown);
        }
        var (from, last) = CheckPeriod(request, today);
        if (request.Kind == ProxyKinds.Voluntary && last >= from.AddYears(ProxyKinds.MaxVoluntaryYears))
        {
            throw Refused(DelegationTermsRefusal.PeriodTooLong);
        }
        if (basis is not null && LegalBases.EndsAtMajority(basis))
        {
            // The principal's date of birth as their card has it: the starter's own, or the one the proxy named.
            var principalBorn = direction == DelegationDirections.PrincipalFirst ? starter.DateOfBirth : born;
            var majority = principalBorn.AddYears(LegalBases.AgeOfMajority);
            if (today >= majority)
            {
                throw Refused(DelegationTermsRefusal.PrincipalIsAdult);
            }
            if (last >= majority)
            {
                throw Refused(DelegationTermsRefusal.PeriodBeyondMajority);
            }
        }
        if (PersonNames.Same(invited.Name, starter.Name) && invited.DateOfBirth == starter.DateOfBirth)
        {
            throw Refused(DelegationTermsRefusal.Yourself);
        }
        return new AppointmentTerms(invited, request.Kind!, basis, services, categories,
            JapanDays.StartOf(from), JapanDays.StartOf(last.AddDays(1)));
    }

    private static string? CheckKind(AppointmentRequest request)
    {
        switch (request.Kind)
        {
            case ProxyKinds.Voluntary when request.LegalBasis is not null:
                throw Refused(DelegationTermsRefusal.LegalBasisNotAllowed);
            case ProxyKinds.Voluntary:
                return null;
            case ProxyKinds.Legal when request.LegalBasis is null || !LegalBases.All.Contains(request.LegalBasis):
                throw Refused(DelegationTermsRefusal.LegalBasisRequired);
            case ProxyKinds.Legal:
                return request.LegalBasis;
            default:
                throw Refused(DelegationTermsRefusal.KindUnknown);
        }
    }

    private static (DateOnly From, DateOnly Last) CheckPeriod(AppointmentRequest request, DateOnly today)
    {
        if (!TryDate(request.ValidFrom, out var from) || !TryDate(request.ValidUntil, out var last))
        {
            throw Refused(DelegationTermsRefusal.PeriodInvalid);
        }
        if (from < today)
        {
            throw Refused(DelegationTermsRefusal.PeriodStartsInPast);
        }
        if (last < from)
        {
            throw Refused(DelegationTermsRefusal.PeriodReversed);
        }
        return (from, last);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DelegationTermsInvalidException Refused(DelegationTermsRefusal refusal) => new(refusal);
}
