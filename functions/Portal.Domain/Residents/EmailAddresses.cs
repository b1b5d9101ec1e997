using System.Net.Mail;
using Portal.Contracts.Errors;

namespace Portal.Domain.Residents;

/// <summary>
/// The e-mail addresses residents may register: one plain address (no display name, no comments), at most 254
/// characters, a domain with a dot. Deliberately stricter than RFC 5322; an address it refuses can still be typed
/// differently, while a lax check would only fail later at the SMTP relay.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    /// <returns>The refusal, or null when <paramref name="address"/> is acceptable.</returns>
    public static FieldError? Check(string field, string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return new FieldError(field, FieldErrorCodes.Required);
        }
        if (address.Length > MaxLength)
        {
            return new FieldError(field, FieldErrorCodes.TooLong, MaxLength);
        }
        var at = address.LastIndexOf('@');
        var valid = at > 0 && at < address.Length - 1
            && address.All(c => c > ' ' && c < 0x7f && c is not ('<' or '>' or '(' or ')' or ',' or ';' or ':' or '\\' or '"' or '[' or ']'))
            && address.IndexOf('@') == at
            && address[(at + 1)..] is var domain && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..")
            && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.DisplayName.Length == 0;
        return valid ? null : new FieldError(field, FieldErrorCodes.InvalidEmail);
    }
}
