using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications;
using Portal.Domain.Proxies;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Applications;

/// <summary>電子申請: submitting signed applications, and the resident's 申請状況.</summary>
public static class ApplicationsFeature
{
    public static IServiceCollection AddApplicationsFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddApplications(configuration)
        .AddProblems(ApplicationProblems.Register)
        .AddCallers(callers => callers
            .Allow("SubmitApplication", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("GetSubmission", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("ListMyApplications", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("GetMyApplication", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("WithdrawMyApplication", Callers.ResidentOrProxy(DelegatedServices.Applications)))
        .AddRouteValues(values => values
            .For("GetSubmission", ("id", ApplicationIdentifiers.Submission))
            .For("GetMyApplication", ("receiptNumber", ApplicationIdentifiers.ReceiptNumber))
            .For("WithdrawMyApplication", ("receiptNumber", ApplicationIdentifiers.ReceiptNumber)));
}
