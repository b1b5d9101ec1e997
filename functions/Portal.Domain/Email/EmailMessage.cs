namespace Portal.Domain.Email;

/// <summary>A plain-text e-mail to one resident, as queued for sending.</summary>
/// <param name="Purpose">Why it is sent (e.g. "registration-confirmation"); logged instead of the address.</param>
/// <param name="Once">Set to send this message at most once under its key, however often it is queued; null = as queued.</param>
public sealed record EmailMessage(string To, string Subject, string TextBody, string Purpose, EmailOnce? Once = null);
