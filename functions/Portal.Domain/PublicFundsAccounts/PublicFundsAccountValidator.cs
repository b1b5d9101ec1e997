using Portal.Contracts.Errors;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Domain.Residents;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// Checks all of an account's fields at once against the Zengin data in use, so a form can mark every bad field and
/// nothing is stored when any of them is refused.
/// </summary>
public sealed class PublicFundsAccountValidator(ZenginDirectory directory)
{
    public const int AccountNumberDigits = 7;

    /// <summary>Longer than any holder name; keeps a pasted page out of the kana check.</summary>
    public const int HolderKanaMaxLength = 60;

    /// <exception cref="InvalidInputException">Every bad field.</exception>
    public PublicFundsAccountFields Validate(PublicFundsAccountInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var bank = Required(input.BankCode, "bankCode", errors) is { } bankCode ? directory.FindBank(bankCode) : null;
        if (bank is null && !string.IsNullOrWhiteSpace(input.BankCode))
        {
            errors.Add(new FieldError("bankCode", FieldErrorCodes.UnknownBank));
        }
        var branch = Required(input.BranchCode, "branchCode", errors) is { } branchCode && bank is not null
            ? directory.FindBranch(bank.Code, branchCode)
            : null;
        if (branch is null && bank is not null && !string.IsNullOrWhiteSpace(input.BranchCode))
        {
            errors.Add(new FieldError("branchCode", FieldErrorCodes.UnknownBranch));
        }
        var type = AccountTypes.Parse(Required(input.AccountType, "accountType", errors));
        if (type is null && !string.IsNullOrWhiteSpace(input.AccountType))
        {
            errors.Add(new FieldError("accountType", FieldErrorCodes.AccountType));
        }
        var number = Required(input.AccountNumber, "accountNumber", errors);
        if (number is not null && (number.Length != AccountNumberDigits || !number.All(char.IsAsciiDigit)))
        {
            errors.Add(new FieldError("accountNumber", FieldErrorCodes.Digits, AccountNumberDigits));
        }
        var kana = Required(input.HolderKana, "holderKana", errors) is { } typed
            ? typed.Length > HolderKanaMaxLength
                ? Refuse(errors, new FieldError("holderKana", FieldErrorCodes.TooLong, HolderKanaMaxLength))
                : ZenginKana.Normalise(typed) ?? Refuse(errors, new FieldError("holderKana", FieldErrorCodes.ZenginKana))
            : null;
        InvalidInputException.ThrowIfAny(errors);
        return new PublicFundsAccountFields(bank!, branch!, type!, number!, kana!);
    }

    private static string? Required(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, FieldErrorCodes.Required));
            return null;
        }
        return value.Trim();
    }

    private static string? Refuse(List<FieldError> errors, FieldError error)
    {
        errors.Add(error);
        return null;
    }
}
