namespace MynaCard.CardInput;

/// <summary>Sex as the card codes it, per ISO 5218 (the card does not use 0, "not known").</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
    NotApplicable = 9,
}
