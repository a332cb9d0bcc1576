using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Cost;

/// <summary>
/// Computes the static cost of an operation after HotChocolate's cost analysis (IBM cost directives).
/// </summary>
/// <remarks>
/// Field cost: each selected field adds its weight times the sizes of the lists around it; the weight is
/// the field's <c>@cost</c>, else <see cref="CostOptions.DefaultResolverCost"/> for a field with its own
/// resolver, else 1 for a composite type and 0 for a scalar or enum. Arguments with <c>@cost</c> (and
/// input fields with <c>@cost</c> given in literals) add their weight. Type cost: the root type counts 1,
/// each composite field counts its type's <c>@cost</c> (default 1) times the enclosing list sizes times its
/// own <c>@listSize</c>. A list's size is the largest slicing argument given (literal or variable), else
/// <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>, else <see cref="CostOptions.DefaultAssumedListSize"/>;
/// with <c>sizedFields</c> the size applies to those sub-fields instead. Fragments count where they are
/// spread; all branches of abstract types are summed; <c>@skip</c>/<c>@include</c> are ignored.
/// </remarks>
public static class CostAnalyzer
{
    /// <summary>The cost of <paramref name="operation"/>, a member of <paramref name="document"/>.</summary>
    /// <param name="schema">The schema the document was validated against.</param>
    /// <param name="document">The document holding the operation and its fragments.</param>
    /// <param name="operation">The operation to measure.</param>
    /// <param name="variables">Coerced variable values, used for slicing arguments given as variables.</param>
    /// <param name="options">Weights and defaults; HotChocolate's when null.</param>
    public static CostMetrics Analyze(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables = null,
        CostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        var calculator = new CostCalculator(schema, MetaFields.For(schema), fragments.GetValueOrDefault, variables, options ?? new CostOptions());
        return calculator.Calculate(operation);
    }

    internal static CostMetrics Analyze(ValidationContext context, OperationDefinitionNode operation, CostOptions options) =>
        new CostCalculator(context.Schema, context.MetaFields, context.GetFragment, null, options).Calculate(operation);
}
