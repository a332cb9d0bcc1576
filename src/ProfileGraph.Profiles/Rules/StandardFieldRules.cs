namespace ProfileGraph.Profiles.Rules;

/// <summary>
/// Length and format limits of the standard profile fields (nickname 64, avatar 256, phone 32,
/// email 64 and valid, sign 256, birth 64; every other text field 255).
/// </summary>
internal static class StandardFieldRules
{
    public const int DefaultMaxLength = 255;
    public const int MaxGroups = 100;

    private static readonly Dictionary<string, int> MaxLengths = new(StringComparer.Ordinal)
    {
        ["nickname"] = 64,
        ["avatar"] = 256,
        ["phone"] = 32,
        ["email"] = 64,
        ["sign"] = 256,
        ["birth"] = 64,
        ["contacts.email"] = 64,
        ["contacts.mobilePhone"] = 32,
        ["contacts.landlinePhone"] = 32,
        ["contacts.whatsappPhone"] = 32,
        ["account.username"] = 64,
        ["account.email"] = 64,
        ["account.phone"] = 32,
    };

    /// <summary>The largest length of <paramref name="field"/> (a camelCase path such as <c>contacts.email</c>).</summary>
    public static int MaxLength(string field) => MaxLengths.GetValueOrDefault(field, DefaultMaxLength);

    /// <summary>Returns the violation of <paramref name="value"/> for <paramref name="field"/>, or null. Null values clear a field and always pass.</summary>
    public static FieldViolation? Check(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var max = MaxLength(field);
        if (PropertyValueRule.CharacterCount(value) > max)
        {
            return ViolationMessages.StringTooLong(field, max);
        }

        if (IsEmailField(field) && value.Length > 0 && !EmailAddressRule.IsValid(value))
        {
            return ViolationMessages.InvalidEmail(field);
        }

        return null;
    }

    /// <summary>Checks a list of group names: at most 100, each non-empty and at most 255 characters.</summary>
    public static FieldViolation? CheckGroups(IReadOnlyList<string>? groups)
    {
        if (groups is null)
        {
            return null;
        }

        if (groups.Count > MaxGroups)
        {
            return ViolationMessages.ListTooLong("groups", MaxGroups);
        }

        foreach (var group in groups)
        {
            if (group.Length == 0)
            {
                return ViolationMessages.Required("groups");
            }

            if (PropertyValueRule.CharacterCount(group) > DefaultMaxLength)
            {
                return ViolationMessages.StringTooLong("groups", DefaultMaxLength);
            }
        }

        return null;
    }

    private static bool IsEmailField(string field) => field is "email" or "contacts.email" or "account.email";
}
