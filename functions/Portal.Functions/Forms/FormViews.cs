using Portal.Contracts.Forms;
using Portal.Domain.Forms;

namespace Portal.Functions.Forms;

/// <summary>Form definitions and validation results as wire views.</summary>
public static class FormViews
{
    public static FormDefinitionView Definition(FormDefinition d) =>
        new(d.Id, d.Version, d.ProcedureId, d.Title, d.Description, d.Schema,
            d.Sections.Select(s => new FormSectionView(s.Id, s.Title, s.Help, s.Fields.Select(Field).ToList())).ToList());

    public static FormValidationResponse Validation(IReadOnlyList<FieldError> errors) =>
        new(errors.Count == 0, errors.Select(e => new FieldErrorView(e.Path, e.Code, e.Message)).ToList());

    private static FormFieldView Field(FormField f) => new(
        f.Name, f.Label, f.Help, f.Kind, f.Required, f.Sensitive,
        f.Options.Count == 0 ? null : f.Options.Select(o => new FieldOptionView(o.Value, o.Label)).ToList(),
        f.ShowWhen is { } c ? new FieldConditionView(c.Field, c.EqualTo, c.In.Count == 0 ? null : c.In) : null,
        f.NotFuture, f.Placeholder,
        f.Group is { } g ? new RepeatableGroupView(g.ItemLabel, g.Min, g.Max, g.Fields.Select(Field).ToList()) : null,
        f.Prefill, f.PublicFundsAccount);
}
