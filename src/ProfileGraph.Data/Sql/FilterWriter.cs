using ProfileGraph.Data.Sql.Operators;

namespace ProfileGraph.Data.Sql;

/// <summary>Writes a filter tree as a SQL condition, one operator class per node kind.</summary>
internal static class FilterWriter
{
    public static string Write(FilterContext context, Filter filter) => filter switch
    {
        AndFilter and => AndOperator.Write(context, and),
        OrFilter or => OrOperator.Write(context, or),
        NotFilter not => NotOperator.Write(context, not),
        ComparisonFilter { Operator: ComparisonOperator.Eq } c => EqualsOperator.Write(context, c),
        ComparisonFilter { Operator: ComparisonOperator.Neq } c => NotEqualsOperator.Write(context, c),
        ComparisonFilter { Operator: ComparisonOperator.Gt } c => GreaterThanOperator.Write(context, c),
        ComparisonFilter { Operator: ComparisonOperator.Gte } c => GreaterThanOrEqualsOperator.Write(context, c),
        ComparisonFilter { Operator: ComparisonOperator.Lt } c => LowerThanOperator.Write(context, c),
        ComparisonFilter { Operator: ComparisonOperator.Lte } c => LowerThanOrEqualsOperator.Write(context, c),
        InFilter { Negated: false } i => InOperator.Write(context, i),
        InFilter { Negated: true } i => NotInOperator.Write(context, i),
        StringFilter { Operator: StringOperator.Contains, Negated: false } s => ContainsOperator.Write(context, s),
        StringFilter { Operator: StringOperator.Contains, Negated: true } s => NotContainsOperator.Write(context, s),
        StringFilter { Operator: StringOperator.StartsWith, Negated: false } s => StartsWithOperator.Write(context, s),
        StringFilter { Operator: StringOperator.StartsWith, Negated: true } s => NotStartsWithOperator.Write(context, s),
        StringFilter { Operator: StringOperator.EndsWith, Negated: false } s => EndsWithOperator.Write(context, s),
        StringFilter { Operator: StringOperator.EndsWith, Negated: true } s => NotEndsWithOperator.Write(context, s),
        ExistsFilter e => ExistsOperator.Write(context, e),
        ListFilter { Quantifier: ListQuantifier.Some } l => SomeOperator.Write(context, l),
        ListFilter { Quantifier: ListQuantifier.All } l => AllOperator.Write(context, l),
        ListFilter { Quantifier: ListQuantifier.None } l => NoneOperator.Write(context, l),
        AnyFilter a => AnyOperator.Write(context, a),
        null => throw new ArgumentNullException(nameof(filter)),
        _ => throw new QueryException(QueryErrorCodes.OperatorNotSupported, $"The filter node {filter.GetType().Name} is not supported."),
    };
}
