using System.Text.RegularExpressions;

namespace ProfileGraph.Profiles.Rules;

/// <summary>Account field rules: usernames, passwords, and the standard email and phone limits.</summary>
internal static partial class AccountRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 256;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();

    /// <summary>Returns every violation of an account change; empty when it may be written.</summary>
    public static IReadOnlyList<FieldViolation> Check(string? username, string? email, string? newPassword, string? phone)
    {
        var violations = new List<FieldViolation>();
        if (username is not null && !UsernamePattern().IsMatch(username))
        {
            violations.Add(ViolationMessages.InvalidUsername("username"));
        }

        if (email is not null)
        {
            if (StandardFieldRules.Check("account.email", email) is not null || email.Length == 0)
            {
                violations.Add(email.Length > StandardFieldRules.MaxLength("account.email")
                    ? ViolationMessages.StringTooLong("email", StandardFieldRules.MaxLength("account.email"))
                    : ViolationMessages.InvalidEmail("email"));
            }
        }

        if (newPassword is not null)
        {
            var length = PropertyValueRule.CharacterCount(newPassword);
            if (length < MinPasswordLength)
            {
                violations.Add(ViolationMessages.PasswordTooShort("newPassword", MinPasswordLength));
            }
            else if (length > MaxPasswordLength)
            {
                violations.Add(ViolationMessages.PasswordTooLong("newPassword", MaxPasswordLength));
            }
        }

        if (phone is not null && StandardFieldRules.Check("account.phone", phone) is not null)
        {
            violations.Add(ViolationMessages.StringTooLong("phone", StandardFieldRules.MaxLength("account.phone")));
        }

        return violations;
    }
}
