using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Forms;
using Portal.Functions.Http.Authentication;

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
            .Allow("ValidateFormAnswers", Callers.Anyone));
}
