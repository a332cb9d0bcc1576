namespace ProfileGraph.Profiles.Rules;

/// <summary>The machine-readable <c>code</c> of an <c>InvalidPropertyError</c>.</summary>
internal static class ViolationCodes
{
    public const string InvalidName = "INVALID_NAME";
    public const string ReservedName = "RESERVED_NAME";
    public const string InvalidValueType = "INVALID_VALUE_TYPE";
    public const string StringTooLong = "STRING_TOO_LONG";
    public const string ListTooLong = "LIST_TOO_LONG";
    public const string TypeMismatch = "TYPE_MISMATCH";
    public const string NotANumber = "NOT_A_NUMBER";
    public const string NotAList = "NOT_A_LIST";
    public const string ConflictingOperations = "CONFLICTING_OPERATIONS";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidUsername = "INVALID_USERNAME";
    public const string PasswordTooShort = "PASSWORD_TOO_SHORT";
    public const string PasswordTooLong = "PASSWORD_TOO_LONG";
    public const string Required = "REQUIRED";
}
