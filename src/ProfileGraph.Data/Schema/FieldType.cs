namespace ProfileGraph.Data;

/// <summary>The value type stored at a document path.</summary>
public enum FieldType
{
    String,
    Int,
    Float,
    Bool,
    /// <summary>An instant, stored as UTC ISO-8601 text with millisecond precision so text order is time order.</summary>
    DateTime,
    /// <summary>A nested object; only projection and whole-value writes apply to it.</summary>
    Object,
}
