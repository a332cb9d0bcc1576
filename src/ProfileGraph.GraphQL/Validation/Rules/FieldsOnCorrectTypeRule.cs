using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// A selected field must be defined on the type it is selected on (or be __typename).
// https://spec.graphql.org/October2021/#sec-Field-Selections
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.ParentType is not { } parentType || context.FieldDef is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestTypes(context.Schema, parentType, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0 && parentType is ComplexType complex)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.Find(fieldName, complex.Fields.Keys));
        }

        context.ReportError(ErrorHelper.UnknownField(node, parentType, suggestion));
    }

    // Types below an abstract parent that do define the field, most used first, interfaces before objects.
    private static List<string> SuggestTypes(Schema schema, INamedType parentType, string fieldName)
    {
        var result = new List<string>();
        if (!parentType.IsAbstractType())
        {
            return result;
        }

        var usage = new Dictionary<ComplexType, int>();
        foreach (var possible in schema.GetPossibleTypes(parentType))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            usage[possible] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is not null)
                {
                    usage[iface] = usage.GetValueOrDefault(iface) + 1;
                }
            }
        }

        var types = new List<ComplexType>(usage.Keys);
        types.Sort((a, b) =>
        {
            var diff = usage[b] - usage[a];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType ia && schema.IsSubType(ia, b))
            {
                return -1;
            }

            if (b is InterfaceType ib && schema.IsSubType(ib, a))
            {
                return 1;
            }

            return string.CompareOrdinal(a.Name, b.Name);
        });
        foreach (var type in types)
        {
            result.Add(type.Name);
        }

        return result;
    }
}
