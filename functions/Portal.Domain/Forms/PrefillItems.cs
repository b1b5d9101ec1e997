namespace Portal.Domain.Forms;

/// <summary>
/// The profile items a field can be filled from (<see cref="FormField.Prefill"/>): the card's basic 4 items. The card
/// has no postal code, reading or phone, so there is no hint for them.
/// </summary>
public static class PrefillItems
{
    public const string Name = "name";
    public const string Address = "address";
    public const string DateOfBirth = "dateOfBirth";
    public const string Sex = "sex";

    /// <summary>The option values a sex field must offer: the card's ISO 5218 codes 1 and 2 become these.</summary>
    public const string Male = "male";
    public const string Female = "female";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Name, Address, DateOfBirth, Sex };

    /// <summary>Why the field cannot take its item (unknown, or a kind the value does not fit), or null.</summary>
    public static string? KindProblem(FormField field)
    {
        var reason = field.Prefill switch
        {
            null => null,
            Name when field.Kind != FieldKinds.Text => "the field is no text field",
            Address when field.Kind is not (FieldKinds.Text or FieldKinds.Multiline) => "the field is no text field",
            DateOfBirth when field.Kind != FieldKinds.Date => "the field is no date field",
            Sex when field.Kind != FieldKinds.Select || !new[] { Male, Female }.All(v => field.Options.Any(o => o.Value == v)) =>
                $"the field is no select offering \"{Male}\" and \"{Female}\"",
            Name or Address or DateOfBirth or Sex => null,
            _ => "that is no profile item",
        };
        return reason is null ? null : $"has the prefill hint \"{field.Prefill}\", but {reason}";
    }

    /// <summary>One applicant per form: each item fills at most one field.</summary>
    public static string? Problem(IEnumerable<FormField> topLevel) =>
        topLevel.Where(f => f.Prefill is not null).GroupBy(f => f.Prefill).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"has the prefill hint \"{twice.Key}\" on more than one field"
            : null;
}
