namespace ProfileGraph.Data;

/// <summary>The wording of every caller-mistake error, in one place.</summary>
internal static class QueryErrors
{
    public static QueryException UnknownPath(string path) =>
        new(QueryErrorCodes.UnknownPath, $"The path '{path}' is not in the document schema.", path);

    public static QueryException InvalidPath(string path) =>
        new(QueryErrorCodes.InvalidPath, $"The path '{path}' is not a valid document path (segments start with a letter, then letters, digits or '_').", path);

    public static QueryException TypeMismatch(string path, string expected, object? value) =>
        new(QueryErrorCodes.TypeMismatch, $"The value given for '{path}' must be {expected}, not {Describe(value)}.", path);

    public static QueryException NullNotAllowed(string path, string op) =>
        new(QueryErrorCodes.NullNotAllowed, $"The value given for '{op}' on '{path}' is invalid: null is not supported.", path);

    public static QueryException OperatorNotSupported(string path, string op, string type) =>
        new(QueryErrorCodes.OperatorNotSupported, $"The operator '{op}' cannot be used on '{path}' of type {type}.", path);

    public static QueryException NotSortable(string path) =>
        new(QueryErrorCodes.NotSortable, $"The path '{path}' cannot be sorted on.", path);

    public static QueryException InvalidCursor(string reason) =>
        new(QueryErrorCodes.InvalidCursor, $"The cursor is not valid: {reason}.");

    public static QueryException CursorMismatch() =>
        new(QueryErrorCodes.CursorMismatch, "The cursor was issued for a different sort order or project.");

    public static QueryException InvalidPaging(string message) =>
        new(QueryErrorCodes.InvalidPaging, message);

    public static QueryException InvalidProject(string project) =>
        new(QueryErrorCodes.InvalidProject, $"The project '{project}' is not a valid project key.");

    public static QueryException InvalidId(string? id) =>
        new(QueryErrorCodes.InvalidId, $"The document id '{id}' is not valid (1-256 characters).");

    public static QueryException ReadOnlyPath(string path) =>
        new(QueryErrorCodes.ReadOnlyPath, $"The path '{path}' is maintained by the store and cannot be written.", path);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string => "a string",
        bool => "a boolean",
        _ => $"a {value.GetType().Name}",
    };
}
