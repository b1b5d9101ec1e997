using Functions.Http.Bodies;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Forms;
using Portal.Domain.Forms;

namespace Portal.Functions.Forms;

/// <summary>Form definitions (anonymous, read-only) and a check of answers for clients that validate before saving.</summary>
public sealed class FormFunctions(FormCatalog forms, FormValidator validator, JsonBodyReader body)
{
    [Function("GetForm")]
    public IResult Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "forms/{id}")] HttpRequest request, string id) =>
        TypedResults.Ok(FormViews.Definition(forms.GetLatest(id)));

    [Function("GetFormVersion")]
    public IResult GetVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "forms/{id}/versions/{version}")] HttpRequest request,
        string id, string version) =>
        TypedResults.Ok(FormViews.Definition(forms.Get(id, Version(id, version))));

    [Function("ValidateFormAnswers")]
    public async Task<IResult> Validate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "forms/{id}/versions/{version}/validation")] HttpRequest request,
        string id, string version, CancellationToken cancellationToken)
    {
        var definition = forms.Get(id, Version(id, version));
        var submitted = await body.ReadAsync<FormValidationRequest>(request, cancellationToken);
        return TypedResults.Ok(FormViews.Validation(validator.Validate(definition, submitted.Answers)));
    }

    /// <summary>Versions are positive integers; anything else names no version.</summary>
    private static int Version(string id, string version) =>
        int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new FormNotFoundException(id, null);
}
