namespace ProfileGraph.Data;

/// <summary>Stable codes carried by <see cref="QueryException"/> and by rejected update outcomes.</summary>
public static class QueryErrorCodes
{
    public const string UnknownPath = "STORE_UNKNOWN_PATH";
    public const string InvalidPath = "STORE_INVALID_PATH";
    public const string TypeMismatch = "STORE_TYPE_MISMATCH";
    public const string NullNotAllowed = "STORE_NULL_NOT_ALLOWED";
    public const string OperatorNotSupported = "STORE_OPERATOR_NOT_SUPPORTED";
    public const string NotSortable = "STORE_NOT_SORTABLE";
    public const string InvalidCursor = "STORE_INVALID_CURSOR";
    public const string CursorMismatch = "STORE_CURSOR_MISMATCH";
    public const string InvalidPaging = "STORE_INVALID_PAGING";
    public const string InvalidProject = "STORE_INVALID_PROJECT";
    public const string InvalidId = "STORE_INVALID_ID";
    public const string NotANumber = "STORE_NOT_A_NUMBER";
    public const string NotAList = "STORE_NOT_A_LIST";
    public const string ReadOnlyPath = "STORE_READ_ONLY_PATH";
}
