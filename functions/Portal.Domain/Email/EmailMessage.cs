namespace Portal.Domain.Email;

/// <summary>A plain-text e-mail to one resident, as queued for sending.</summary>
/// <param name="Purpose">Why it is sent (e.g. "registration-confirmation"); logged instead of the address.</param>
public sealed record EmailMessage(string To, string Subject, string TextBody, string Purpose);
