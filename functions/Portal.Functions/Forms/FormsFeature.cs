using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Forms;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Forms;

/// <summary>申請フォーム: the definitions and checking answers against them, public.</summary>
public static class FormsFeature
{
    public static IServiceCollection AddFormsFeature(this IServiceCollection services) => services
        .AddForms()
        .AddProblems(FormProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetForm", Callers.Anyone)
            .Allow("GetFormVersion", Callers.Anyone)
            .Allow("ValidateFormAnswers", Callers.Anyone))
        .AddRouteValues(values => values
            .For("GetForm", ("id", FormIdentifiers.Form))
            .For("GetFormVersion", ("id", FormIdentifiers.Form), ("version", FormIdentifiers.Version))
            .For("ValidateFormAnswers", ("id", FormIdentifiers.Form), ("version", FormIdentifiers.Version)));
}
