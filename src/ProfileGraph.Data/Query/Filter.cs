namespace ProfileGraph.Data;

/// <summary>
/// A node of the engine-neutral, document-shaped filter tree. Paths are dotted paths from the
/// <see cref="DocumentSchema"/>; inside <see cref="ListFilter"/> the empty path means the list item itself.
/// Null and missing are the same value: <c>eq null</c> matches both, <c>neq</c> and negated string
/// operators match them, ordering operators never do.
/// </summary>
public abstract record Filter
{
    public static Filter And(params Filter[] operands) => new AndFilter(operands);
    public static Filter Or(params Filter[] operands) => new OrFilter(operands);
    public static Filter Not(Filter operand) => new NotFilter(operand);
    public static Filter Eq(string path, object? value) => new ComparisonFilter(path, ComparisonOperator.Eq, value);
    public static Filter Neq(string path, object? value) => new ComparisonFilter(path, ComparisonOperator.Neq, value);
    public static Filter Gt(string path, object? value) => new ComparisonFilter(path, ComparisonOperator.Gt, value);
    public static Filter Gte(string path, object? value) => new ComparisonFilter(path, ComparisonOperator.Gte, value);
    public static Filter Lt(string path, object? value) => new ComparisonFilter(path, ComparisonOperator.Lt, value);
    public static Filter Lte(string path, object? value) => new ComparisonFilter(path, ComparisonOperator.Lte, value);
    public static Filter In(string path, params object?[] values) => new InFilter(path, values, Negated: false);
    public static Filter Nin(string path, params object?[] values) => new InFilter(path, values, Negated: true);
    public static Filter Contains(string path, string? value) => new StringFilter(path, StringOperator.Contains, value, false);
    public static Filter NContains(string path, string? value) => new StringFilter(path, StringOperator.Contains, value, true);
    public static Filter StartsWith(string path, string? value) => new StringFilter(path, StringOperator.StartsWith, value, false);
    public static Filter NStartsWith(string path, string? value) => new StringFilter(path, StringOperator.StartsWith, value, true);
    public static Filter EndsWith(string path, string? value) => new StringFilter(path, StringOperator.EndsWith, value, false);
    public static Filter NEndsWith(string path, string? value) => new StringFilter(path, StringOperator.EndsWith, value, true);
    public static Filter Exists(string path, bool exists = true) => new ExistsFilter(path, exists);
    public static Filter Some(string path, Filter item) => new ListFilter(path, ListQuantifier.Some, item);
    public static Filter All(string path, Filter item) => new ListFilter(path, ListQuantifier.All, item);
    public static Filter None(string path, Filter item) => new ListFilter(path, ListQuantifier.None, item);
    public static Filter Any(string path, bool nonEmpty = true) => new AnyFilter(path, nonEmpty);
}

/// <summary>Every operand matches.</summary>
public sealed record AndFilter(IReadOnlyList<Filter> Operands) : Filter;

/// <summary>At least one operand matches.</summary>
public sealed record OrFilter(IReadOnlyList<Filter> Operands) : Filter;

/// <summary>The operand does not match (a null comparison counts as not matching, so NOT makes it match).</summary>
public sealed record NotFilter(Filter Operand) : Filter;

/// <summary><c>eq neq gt gte lt lte</c> against one value.</summary>
public sealed record ComparisonFilter(string Path, ComparisonOperator Operator, object? Value) : Filter;

/// <summary><c>in</c> / <c>nin</c>; a null item stands for null-or-missing.</summary>
public sealed record InFilter(string Path, IReadOnlyList<object?> Values, bool Negated) : Filter;

/// <summary><c>contains startsWith endsWith</c> (case-sensitive) and their negations.</summary>
public sealed record StringFilter(string Path, StringOperator Operator, string? Value, bool Negated) : Filter;

/// <summary>The path holds a non-null value (<c>Present = true</c>) or is null/missing.</summary>
public sealed record ExistsFilter(string Path, bool Present) : Filter;

/// <summary><c>some</c> / <c>all</c> / <c>none</c> of a list's items match <see cref="Item"/> (paths there are relative; "" is the item).</summary>
public sealed record ListFilter(string Path, ListQuantifier Quantifier, Filter Item) : Filter;

/// <summary><c>any: true</c> = the list has items; <c>any: false</c> = it is empty, null or missing.</summary>
public sealed record AnyFilter(string Path, bool NonEmpty) : Filter;

public enum ComparisonOperator { Eq, Neq, Gt, Gte, Lt, Lte }

public enum StringOperator { Contains, StartsWith, EndsWith }

public enum ListQuantifier { Some, All, None }
