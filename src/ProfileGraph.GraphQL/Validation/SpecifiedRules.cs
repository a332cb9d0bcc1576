using ProfileGraph.GraphQL.Validation.Rules;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>The rules of spec §5, in the order the specification presents them.</summary>
internal static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        // §5.1 Documents
        () => new ExecutableDefinitionsRule(),

        // §5.2 Operations
        () => new KnownOperationTypesRule(),
        () => new UniqueOperationNamesRule(),
        () => new LoneAnonymousOperationRule(),
        () => new SingleFieldSubscriptionsRule(),

        // §5.3 Fields
        () => new FieldsOnCorrectTypeRule(),
        () => new OverlappingFieldsCanBeMergedRule(),
        () => new ScalarLeafsRule(),

        // §5.4 Arguments
        () => new KnownArgumentNamesRule(),
        () => new UniqueArgumentNamesRule(),
        () => new ProvidedRequiredArgumentsRule(),

        // §5.5 Fragments
        () => new UniqueFragmentNamesRule(),
        () => new KnownTypeNamesRule(),
        () => new FragmentsOnCompositeTypesRule(),
        () => new NoUnusedFragmentsRule(),
        () => new KnownFragmentNamesRule(),
        () => new NoFragmentCyclesRule(),
        () => new PossibleFragmentSpreadsRule(),

        // §5.6 Values
        () => new ValuesOfCorrectTypeRule(),
        () => new UniqueInputFieldNamesRule(),

        // §5.7 Directives
        () => new KnownDirectivesRule(),
        () => new UniqueDirectivesPerLocationRule(),

        // §5.8 Variables
        () => new UniqueVariableNamesRule(),
        () => new VariablesAreInputTypesRule(),
        () => new NoUndefinedVariablesRule(),
        () => new NoUnusedVariablesRule(),
        () => new VariablesInAllowedPositionRule(),
    ];
}
