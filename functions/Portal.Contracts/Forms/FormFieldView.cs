namespace Portal.Contracts.Forms;

/// <summary>
/// One input. <c>Name</c> is the dotted path of its answer (relative to the item inside a group). A <c>Sensitive</c>
/// field is entered on the form only, never asked for as chat text. <c>Prefill</c> names the profile item
/// ("name", "address", "dateOfBirth", "sex") that <c>POST /api/me/drafts/{id}/prefill</c> fills it with when empty.
/// <c>PublicFundsAccount</c> marks the yes/no whose はい means 「公金受取口座を利用する」.
/// </summary>
public sealed record FormFieldView(
    string Name, string Label, string? Help, string Kind, bool Required, bool Sensitive,
    IReadOnlyList<FieldOptionView>? Options, FieldConditionView? ShowWhen, bool NotFuture, string? Placeholder,
    RepeatableGroupView? Group, string? Prefill = null, bool PublicFundsAccount = false);
