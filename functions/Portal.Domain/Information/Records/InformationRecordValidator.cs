using System.Text.Json.Nodes;
using Portal.Contracts.Errors;
using Portal.Domain.Forms;
using FieldError = Portal.Domain.Residents.FieldError;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Privacy;
using Portal.Domain.Residents;

namespace Portal.Domain.Information.Records;

/// <summary>
/// Checks one record before anything is stored: no individual number anywhere (refused whole, 422), the validity
/// dates, and either withheld with no data at all or data that matches the category's JSON Schema (every error at once).
/// </summary>
public static class InformationRecordValidator
{
    /// <exception cref="IndividualNumberRefusedException">Something in it looks like an individual number.</exception>
    /// <exception cref="InvalidInputException">Every other problem, by field.</exception>
    public static ValidInformation Validate(InformationCategory category, string recordId, InformationRecordInput input)
    {
        IndividualNumberGuard.EnsureNone(recordId, "recordId");
        IndividualNumberGuard.EnsureNone(input.Data, "data");
        var errors = new List<FieldError>();
        DateOnly? from = null, to = null;
        if (string.IsNullOrEmpty(input.ValidFrom))
        {
            errors.Add(new FieldError("validFrom", FieldErrorCodes.Required));
        }
        else
        {
            from = InformationDates.Parse(input.ValidFrom, "validFrom", errors);
        }
        if (!string.IsNullOrEmpty(input.ValidTo))
        {
            to = InformationDates.Parse(input.ValidTo, "validTo", errors);
        }
        if (from is { } start && to is { } end && end < start)
        {
            errors.Add(new FieldError("validTo", FieldErrorCodes.InvalidRange));
        }
        var withheld = input.Withheld ?? false;
        JsonObject? data = null;
        switch (input.Data)
        {
            // 不開示 stores nothing to disclose: data sent with it is refused rather than silently dropped.
            case not null when withheld:
                errors.Add(new FieldError("data", FieldErrorCodes.Invalid));
                break;
            case null when !withheld:
                errors.Add(new FieldError("data", FieldErrorCodes.Required));
                break;
            case JsonObject given:
                data = (JsonObject)given.DeepClone();
                errors.AddRange(SchemaErrors.Evaluate(category.CompiledSchema, data)
                    .Select(e => new FieldError(e.Path.Length == 0 ? "data" : $"data.{e.Path}",
                        e.Keyword == "required" ? FieldErrorCodes.Required : FieldErrorCodes.Invalid))
                    .DistinctBy(e => (e.Field, e.Code)));
                break;
            case not null:
                errors.Add(new FieldError("data", FieldErrorCodes.Type));
                break;
        }
        InvalidInputException.ThrowIfAny(errors);
        return new ValidInformation(from!.Value, to, withheld, data);
    }
}
