namespace Portal.Contracts.Forms;

/// <summary>Every problem at once; <c>Valid</c> when there is none.</summary>
public sealed record FormValidationResponse(bool Valid, IReadOnlyList<FieldErrorView> Errors);
