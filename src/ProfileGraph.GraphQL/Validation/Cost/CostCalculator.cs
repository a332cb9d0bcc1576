using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Cost;

/// <summary>One cost computation; see <see cref="CostAnalyzer"/> for the model.</summary>
internal sealed class CostCalculator(
    Schema schema,
    MetaFields metaFields,
    Func<string, FragmentDefinitionNode?> getFragment,
    IReadOnlyDictionary<string, object?>? variables,
    CostOptions options)
{
    private const int MaxVisits = 100_000;

    private readonly HashSet<string> _fragmentsOnPath = new(StringComparer.Ordinal);
    private double _fieldCost;
    private double _typeCost;
    private int _visits;

    public CostMetrics Calculate(OperationDefinitionNode operation)
    {
        if (schema.GetRootType(operation.Operation) is not { } root)
        {
            return default;
        }

        _typeCost = TypeWeight(root);
        VisitSelections(root, operation.SelectionSet, 1, null);
        return new CostMetrics(_fieldCost, _typeCost);
    }

    private void VisitSelections(INamedType parentType, SelectionSetNode selectionSet, double multiplier, Sized? sized)
    {
        foreach (var selection in selectionSet.Selections)
        {
            // Documents that expand exponentially are measured up to a cap; they are far over any limit by then.
            if (++_visits > MaxVisits)
            {
                _fieldCost = double.PositiveInfinity;
                _typeCost = double.PositiveInfinity;
                return;
            }

            switch (selection)
            {
                case FieldNode field when metaFields.GetFieldDef(parentType, field.Name.Value) is { IsIntrospection: false } definition:
                    VisitField(field, definition, multiplier, sized);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : schema.GetType(inline.TypeCondition.Name.Value);
                    if (inlineType is not null && inlineType.IsCompositeType())
                    {
                        VisitSelections(inlineType, inline.SelectionSet, multiplier, sized);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (getFragment(spread.Name.Value) is { } fragment
                        && schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType
                        && fragmentType.IsCompositeType()
                        && _fragmentsOnPath.Add(spread.Name.Value))
                    {
                        VisitSelections(fragmentType, fragment.SelectionSet, multiplier, sized);
                        _fragmentsOnPath.Remove(spread.Name.Value);
                    }

                    break;
            }
        }
    }

    private void VisitField(FieldNode node, OutputField field, double multiplier, Sized? sized)
    {
        var namedType = field.Type.NamedType();
        var isComposite = namedType.IsCompositeType();
        var weight = CostDirectives.Weight(field.Directives)
            ?? (field.Resolver is not null ? options.DefaultResolverCost : isComposite ? 1 : 0);
        _fieldCost += weight * multiplier;
        AddArgumentCosts(node, field, multiplier);

        var listSize = CostDirectives.ListSizeOf(field.Directives);
        var size = listSize is null ? 1 : SizeOf(listSize, node);
        if (isComposite)
        {
            _typeCost += TypeWeight(namedType) * multiplier * size;
        }

        if (node.SelectionSet is null || !isComposite)
        {
            return;
        }

        double childMultiplier;
        Sized? childSized = null;
        if (listSize is { SizedFields.Length: > 0 })
        {
            childMultiplier = multiplier;
            childSized = new Sized(listSize.SizedFields, size);
        }
        else if (listSize is not null)
        {
            childMultiplier = multiplier * size;
        }
        else if (sized is not null && Array.IndexOf(sized.Fields, field.Name) >= 0)
        {
            childMultiplier = multiplier * sized.Size;
        }
        else if (field.Type.NullableType() is ListType)
        {
            childMultiplier = multiplier * options.DefaultAssumedListSize;
        }
        else
        {
            childMultiplier = multiplier;
        }

        VisitSelections(namedType, node.SelectionSet, childMultiplier, childSized);
    }

    private double SizeOf(CostDirectives.ListSize listSize, FieldNode node)
    {
        double? largest = null;
        foreach (var argument in node.Arguments)
        {
            if (Array.IndexOf(listSize.SlicingArguments, argument.Name.Value) < 0)
            {
                continue;
            }

            var value = argument.Value switch
            {
                IntValueNode i when long.TryParse(i.Value, out var n) => n,
                VariableNode v when variables is not null && variables.TryGetValue(v.Name.Value, out var raw) => raw switch
                {
                    int n => n,
                    long n => n,
                    _ => (double?)null,
                },
                _ => null,
            };
            if (value is { } v2 && (largest is null || v2 > largest))
            {
                largest = v2;
            }
        }

        return largest ?? listSize.SlicingArgumentDefaultValue ?? listSize.AssumedSize ?? options.DefaultAssumedListSize;
    }

    private void AddArgumentCosts(FieldNode node, OutputField field, double multiplier)
    {
        foreach (var argument in node.Arguments)
        {
            if (field.Arguments.GetValueOrDefault(argument.Name.Value) is not { } definition)
            {
                continue;
            }

            var weight = CostDirectives.Weight(definition.Directives) ?? 0;
            if (argument.Value is VariableNode)
            {
                _fieldCost += weight * options.VariableMultiplier * multiplier;
                continue;
            }

            _fieldCost += (weight + InputCost(argument.Value, definition.Type)) * multiplier;
        }
    }

    private double InputCost(IValueNode value, IType type)
    {
        switch (value)
        {
            case ListValueNode list:
            {
                var itemType = type.NullableType() is ListType l ? l.OfType : type;
                double sum = 0;
                foreach (var item in list.Values)
                {
                    sum += InputCost(item, itemType);
                }

                return sum;
            }

            case ObjectValueNode obj when type.NamedType() is InputObjectType inputType:
            {
                double sum = 0;
                foreach (var fieldNode in obj.Fields)
                {
                    if (inputType.Fields.GetValueOrDefault(fieldNode.Name.Value) is { } inputField)
                    {
                        var weight = CostDirectives.Weight(inputField.Directives) ?? 0;
                        sum += fieldNode.Value is VariableNode
                            ? weight * options.VariableMultiplier
                            : weight + InputCost(fieldNode.Value, inputField.Type);
                    }
                }

                return sum;
            }

            default:
                return 0;
        }
    }

    private static double TypeWeight(INamedType type) => CostDirectives.Weight(type.Directives) ?? 1;

    private sealed record Sized(string[] Fields, double Size);
}
