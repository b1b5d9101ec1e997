namespace Portal.Domain.Notices.Sending;

/// <summary>One refused field of a notice: its JSON name, a <see cref="NoticeErrorCodes"/> code, and what broke it.</summary>
/// <param name="Limit">The limit the value broke (a length, an age), when there is one.</param>
/// <param name="Value">The offending part, when naming it helps the agency (a link's host); never the text itself.</param>
public sealed record NoticeError(string Field, string Code, int? Limit = null, string? Value = null);
