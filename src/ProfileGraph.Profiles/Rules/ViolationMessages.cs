namespace ProfileGraph.Profiles.Rules;

/// <summary>The wording of every write-rule violation, in one place.</summary>
internal static class ViolationMessages
{
    public static FieldViolation InvalidName(string key) => new(key, ViolationCodes.InvalidName,
        "A property name starts with a letter, then letters, digits or '_', 1 to 99 characters.");

    public static FieldViolation ReservedName(string key) => new(key, ViolationCodes.ReservedName,
        "Names starting with '$' are reserved.");

    public static FieldViolation InvalidValueType(string key) => new(key, ViolationCodes.InvalidValueType,
        "A value is a string, a number, a boolean, or a list of those.");

    public static FieldViolation StringTooLong(string key, int max) => new(key, ViolationCodes.StringTooLong,
        $"The value is longer than {max} characters.");

    public static FieldViolation ListTooLong(string key, int max) => new(key, ViolationCodes.ListTooLong,
        $"The list has more than {max} items.");

    public static FieldViolation TypeMismatch(string key, string declared) => new(key, ViolationCodes.TypeMismatch,
        $"The property is declared as {declared}.");

    public static FieldViolation NotANumber(string key) => new(key, ViolationCodes.NotANumber,
        "Only numbers can be incremented.");

    public static FieldViolation NotAList(string key) => new(key, ViolationCodes.NotAList,
        "Only lists can be appended to or removed from.");

    public static FieldViolation ConflictingOperations(string key) => new(key, ViolationCodes.ConflictingOperations,
        "The property appears in more than one operation of the same update.");

    public static FieldViolation InvalidEmail(string key) => new(key, ViolationCodes.InvalidEmail,
        "The value is not a valid email address.");

    public static FieldViolation InvalidUsername(string key) => new(key, ViolationCodes.InvalidUsername,
        "A username is 3 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");

    public static FieldViolation PasswordTooShort(string key, int min) => new(key, ViolationCodes.PasswordTooShort,
        $"A password has at least {min} characters.");

    public static FieldViolation PasswordTooLong(string key, int max) => new(key, ViolationCodes.PasswordTooLong,
        $"A password has at most {max} characters.");

    public static FieldViolation Required(string key) => new(key, ViolationCodes.Required,
        "The value must not be empty.");

    public static LimitViolation PropertiesTooLarge(int max, int actual) => new("propertiesBytes", max, actual);
}
