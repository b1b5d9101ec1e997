namespace Portal.Domain.Forms;

/// <summary>
/// One input: where its answer lives in the data (<see cref="Name"/>, a dotted path such as "applicant.kana", relative
/// to the item inside a group), how it is labelled and entered, and when it is shown.
/// </summary>
public sealed record FormField
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    public string? Help { get; init; }

    /// <summary>One of <see cref="FieldKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Required when shown; a hidden field never is.</summary>
    public bool Required { get; init; }

    /// <summary>Personal data a chat assistant must never ask for as chat text (numbers, health, income): the form only.</summary>
    public bool Sensitive { get; init; }

    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    public FieldCondition? ShowWhen { get; init; }

    /// <summary>For dates that have already happened (birth, moving out): today at the latest, in Japan time.</summary>
    public bool NotFuture { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>
    /// Which item of the resident's profile (one of <see cref="PrefillItems"/>) fills it when empty: only on the
    /// applicant's own fields, never inside a group.
    /// </summary>
    public string? Prefill { get; init; }

    /// <summary>
    /// On a top-level <see cref="FieldKinds.YesNo"/>: はい means 「公金受取口座を利用する」, pay into the resident's
    /// registered 公金受取口座. Submitting with はい needs a registered, valid account; the account itself is never
    /// copied into the application (the paying agency reads it through its own access).
    /// </summary>
    public bool PublicFundsAccount { get; init; }

    /// <summary>For <see cref="FieldKinds.Group"/>: the item fields and how many items.</summary>
    public RepeatableGroup? Group { get; init; }
}
