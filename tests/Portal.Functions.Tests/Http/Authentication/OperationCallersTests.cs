using System.Text.Json;
using Portal.Functions.Http.Authentication;
using Portal.Functions.OpenApi;

namespace Portal.Functions.Tests.Http.Authentication;

/// <summary>
/// Who may call what, as the features declare it: every HTTP operation is listed here with its callers, so a change
/// to who may call an operation is a visible change to this table, and a new kind of caller (an external site, a
/// proxy, a clinic) reaches no operation until one declares it.
/// </summary>
public sealed class OperationCallersTests
{
    private const string Portal = "Resident(portal)";
    private const string PendingOrRegistered = "Resident(registration|portal)";

    // Delegable: the resident with portal, or a proxy whose delegated token carries the service (issue 18).
    private const string Applications = "Resident(portal|applications)";
    private const string Information = "Resident(portal|information)";
    private const string Exchanges = "Resident(portal|exchanges)";
    private const string Notices = "Resident(portal|notices)";
    private const string History = "Resident(portal|history)";

    public static readonly IReadOnlyDictionary<string, string> Expected = new Dictionary<string, string>
    {
        ["GetHealth"] = "Anyone",
        ["GetOpenApiDocument"] = "Anyone",
        ["GetOpenIdConfiguration"] = "Anyone",
        ["GetJsonWebKeySet"] = "Anyone",
        ["GetHistoryKeys"] = "Anyone",
        ["GetTreeHead"] = "Anyone",
        ["ShowDevicePage"] = "Anyone",
        ["SubmitDeviceCode"] = "Anyone",
        ["StartDeviceAuthorization"] = "OAuthClient",
        ["RequestToken"] = "OAuthClient",
        ["RevokeToken"] = "OAuthClient",
        ["PushAuthorizationRequest"] = "OAuthClient",
        ["StartSiteAuthorization"] = "Anyone",
        ["ShowSiteAuthorization"] = "Anyone",
        ["StartSiteAuthorizationCardLogin"] = "Anyone",
        ["DecideSiteAuthorization"] = "Anyone",
        // A linked site's DPoP-bound token; the category's scope is checked per request (information:<category>).
        ["GetExternalInformation"] = "ExternalSite",
        ["GetUserInfo"] = "Resident(openid)",
        ["GetCardRequest"] = "Signer",
        ["ConfirmCardRequestCode"] = "Signer",
        ["CompleteCardRequest"] = "Signer",
        ["GetCurrentTerms"] = "Anyone",
        ["GetTermsVersion"] = "Anyone",
        ["SearchProcedures"] = "Anyone",
        ["GetProcedure"] = "Anyone",
        ["FindLocalGovernments"] = "Anyone",
        ["GetLocalGovernmentKeywords"] = "Anyone",
        ["GetForm"] = "Anyone",
        ["GetFormVersion"] = "Anyone",
        ["ValidateFormAnswers"] = "Anyone",
        // The sealed, short-lived link is the grant: a browser opens it without the portal's bearer token.
        ["DownloadNoticeAttachment"] = "Anyone",
        ["GetMe"] = PendingOrRegistered,
        ["DeleteMe"] = PendingOrRegistered,
        ["StartRegistration"] = PendingOrRegistered,
        ["GetRegistration"] = PendingOrRegistered,
        ["ConfirmRegistration"] = PendingOrRegistered,
        ["UpdateSettings"] = Portal,
        ["StartEmailChange"] = Portal,
        ["ConfirmEmailChange"] = Portal,
        ["GetAccountTerms"] = Portal,
        ["AcceptTerms"] = Portal,
        ["ListCertificates"] = Portal,
        ["StartCertificateAdd"] = Portal,
        ["CompleteCertificateAdd"] = Portal,
        ["GetProfile"] = Portal,
        ["DeleteProfile"] = Portal,
        ["StartProfileCardReading"] = Portal,
        ["CompleteProfileCardReading"] = Portal,
        ["ListOperations"] = History,
        // The signed export is the whole chain, which cannot be filtered for a proxy: the principal's alone.
        ["ExportOperations"] = Portal,
        ["ListNotices"] = Notices,
        ["GetNotice"] = Notices,
        ["GetUnreadNoticeCount"] = Notices,
        ["GetNotificationPreferences"] = Portal,
        ["PutNotificationPreferences"] = Portal,
        ["ListSessions"] = PendingOrRegistered,
        ["EndSession"] = PendingOrRegistered,
        ["EndAllSessions"] = PendingOrRegistered,
        ["ListLinkedSites"] = Portal,
        ["UnlinkSite"] = Portal,
        // The proxy themself asks for the delegation token: never through a delegated token.
        ["IssueDelegationToken"] = Portal,
        ["CreateDraft"] = Applications,
        ["ListDrafts"] = Applications,
        ["GetDraft"] = Applications,
        ["PatchDraft"] = Applications,
        ["DeleteDraft"] = Applications,
        ["GetTodo"] = Applications,
        ["GetHome"] = Portal,
        ["PrefillDraft"] = Applications,
        ["AddDraftAttachment"] = Applications,
        ["GetDraftAttachment"] = Applications,
        ["DeleteDraftAttachment"] = Applications,
        ["PrintDraft"] = Applications,
        ["SubmitApplication"] = Applications,
        ["GetSubmission"] = Applications,
        ["ListMyApplications"] = Applications,
        ["GetMyApplication"] = Applications,
        ["WithdrawMyApplication"] = Applications,
        ["AppointProxy"] = Portal,
        ["RequestPrincipal"] = Portal,
        ["ListProxies"] = Portal,
        ["ListPrincipals"] = Portal,
        ["GetProxy"] = Portal,
        ["GetPrincipal"] = Portal,
        ["RevokeProxy"] = Portal,
        ["ResignProxy"] = Portal,
        // The resident's own account in their own name: never delegable (issue 19).
        ["GetPublicFundsAccount"] = Portal,
        ["PutPublicFundsAccount"] = Portal,
        ["DeletePublicFundsAccount"] = Portal,
        // マイナ保険証: the resident's own, never delegable; the clinic's check with a clinic token only (issue 19).
        ["GetHealthInsurance"] = Portal,
        ["RegisterHealthInsurance"] = Portal,
        ["WithdrawHealthInsurance"] = Portal,
        ["StartEligibilityCheck"] = "Clinic(clinic.eligibility)",
        ["GetEligibilityCheck"] = "Clinic(clinic.eligibility)",
        ["FindBanks"] = "Anyone",
        ["FindBranches"] = "Anyone",
        ["GetAgencyMe"] = "Agency",
        ["GetAgencyOfferings"] = "Agency(agency.procedures)",
        ["PutAgencyOffering"] = "Agency(agency.procedures)",
        ["DeleteAgencyOffering"] = "Agency(agency.procedures)",
        ["ListAgencyApplications"] = "Agency(agency.applications)",
        ["GetAgencyApplication"] = "Agency(agency.applications)",
        ["GetAgencyApplicationAttachment"] = "Agency(agency.applications)",
        ["ChangeAgencyApplicationStatus"] = "Agency(agency.applications)",
        ["SendAgencyNotice"] = "Agency(agency.notices)",
        ["ListAgencyNotices"] = "Agency(agency.notices)",
        ["GetAgencyNotice"] = "Agency(agency.notices)",
        ["PatchAgencyNotice"] = "Agency(agency.notices)",
        ["WithdrawAgencyNotice"] = "Agency(agency.notices)",
        ["UploadAgencyNoticeAttachment"] = "Agency(agency.notices)",
        ["ListInformationCategories"] = "Anyone",
        ["PutAgencyInformationRecord"] = "Agency(agency.information)",
        ["ListAgencyInformationRecords"] = "Agency(agency.information)",
        ["GetMyInformation"] = Information,
        ["ListExchanges"] = Exchanges,
        ["ExportExchanges"] = Exchanges,
        ["ListAgencyExchanges"] = "Agency(agency.information)",
        ["RequestAgencyExchange"] = "Agency(agency.information)",
        ["GetAgencyPublicFundsAccount"] = "Agency(agency.payments)",
        ["GetLookupConsent"] = Portal,
        ["UpdateLookupConsent"] = Portal,
        ["LookUpResident"] = "Agency(agency.information)",
    };

    [Fact]
    public void Every_operation_declares_exactly_these_callers()
    {
        var declared = PortalServices.Callers.Value.All.ToDictionary(o => o.Key, o => string.Join(", ", o.Value));

        Assert.Equal(Expected.OrderBy(e => e.Key), declared.OrderBy(d => d.Key));
    }

    [Fact]
    public void Every_http_function_is_declared_and_nothing_else_is()
    {
        var functions = HttpOperations.Functions.Select(f => f.Name).ToHashSet();
        var declared = PortalServices.Callers.Value.All.Keys.ToHashSet();

        Assert.Empty(functions.Except(declared));
        Assert.Empty(declared.Except(functions));
    }

    /// <summary>The document says what the declarations say: a bearer token exactly where residents or agencies call.</summary>
    [Fact]
    public void The_openapi_security_of_each_operation_follows_its_callers()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Utf8);
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .ToDictionary(o => o.Value.GetProperty("operationId").GetString()!, o => o.Value.GetProperty("security"));

        foreach (var (operation, rules) in PortalServices.Callers.Value.All)
        {
            var bearer = rules.Any(r => r.Kind is CallerKind.Resident or CallerKind.Agency or CallerKind.Clinic);
            var security = operations[operation];
            Assert.True(bearer == security.EnumerateArray().Any(s => s.TryGetProperty("bearer", out _)),
                $"{operation}: declared {string.Join(", ", rules)}, documented security {security}");
        }
    }
}
