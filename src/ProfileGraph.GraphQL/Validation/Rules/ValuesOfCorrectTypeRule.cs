using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every literal value must be coercible to the input type expected at its position (including input object and OneOf rules).
// https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    // A list or object literal already reported as a whole; its contents are not checked again.
    private IValueNode? _skipped;

    public override void EnterValue(ValidationContext context, IValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        switch (node)
        {
            case ListValueNode:
                if (context.ParentInputType?.NullableType() is not ListType)
                {
                    CheckLeaf(context, node);
                    _skipped = node;
                }

                break;
            case ObjectValueNode obj:
                if (context.InputType?.NamedType() is not InputObjectType type)
                {
                    CheckLeaf(context, node);
                    _skipped = node;
                    break;
                }

                CheckObject(context, obj, type);
                break;
            case NullValueNode:
                if (context.InputType is NonNullType nonNull)
                {
                    context.ReportError(ErrorHelper.BadValue(nonNull, node));
                }

                break;
            case VariableNode:
                break;
            default:
                CheckLeaf(context, node);
                break;
        }
    }

    public override void LeaveValue(ValidationContext context, IValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (_skipped is null && context.InputType is null && context.ParentInputType?.NamedType() is InputObjectType parentType)
        {
            var suggestions = Suggestions.Find(node.Name.Value, parentType.Fields.Keys);
            context.ReportError(ErrorHelper.UnknownInputField(node, parentType, suggestions));
        }
    }

    private static void CheckObject(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        foreach (var (name, field) in type.Fields)
        {
            if (field.Type is NonNullType && field.DefaultValue is null && Find(node, name) is null)
            {
                context.ReportError(ErrorHelper.RequiredInputFieldMissing(node, type, field));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(context, node, type);
        }
    }

    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        // graphql-js counts distinct keys: a repeated key is one key (UniqueInputFieldNamesRule reports it).
        var fields = node.Fields;
        ObjectFieldNode? single = null;
        for (var i = 0; i < fields.Count; i++)
        {
            if (single is null)
            {
                single = fields[i];
            }
            else if (fields[i].Name.Value != single.Name.Value)
            {
                context.ReportError(ErrorHelper.OneOfNotExactlyOneField(node, type));
                return;
            }
            else
            {
                single = fields[i];
            }
        }

        if (single is null)
        {
            context.ReportError(ErrorHelper.OneOfNotExactlyOneField(node, type));
            return;
        }

        if (single.Value is NullValueNode)
        {
            context.ReportError(ErrorHelper.OneOfFieldNull(node, type, single.Name.Value));
        }

        // A nullable variable here is VariablesInAllowedPositionRule's concern.
    }

    private static ObjectFieldNode? Find(ObjectValueNode node, string name)
    {
        var fields = node.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }

    // Scalars and enums decide through their literal parsing whether a literal is valid.
    private static void CheckLeaf(ValidationContext context, IValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        switch (locationType.NamedType())
        {
            case EnumType enumType:
                CheckEnum(context, enumType, node);
                break;
            // A custom scalar's literal holding variables can only be judged once they have values (graphql-js
            // parses it without variables, which custom scalars accept); execution coerces it with the actual values.
            case ScalarType custom when custom.Name is not ("Int" or "Float" or "String" or "Boolean" or "ID") && ContainsVariable(node):
                break;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node);
                }
                catch (ScalarCoercionException ex)
                {
                    context.ReportError(ErrorHelper.BadLeafValue(ex.Message, node));
                }
                catch (Exception ex) when (ex is not ValidationAbortedException)
                {
                    context.ReportError(ErrorHelper.BadValue(locationType, node, ex.Message));
                }

                break;
            default:
                context.ReportError(ErrorHelper.BadValue(locationType, node));
                break;
        }
    }

    private static bool ContainsVariable(IValueNode node)
    {
        switch (node)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (ContainsVariable(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (ContainsVariable(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static void CheckEnum(ValidationContext context, EnumType type, IValueNode node)
    {
        if (node is EnumValueNode enumValue)
        {
            if (type.GetValue(enumValue.Value) is null)
            {
                context.ReportError(ErrorHelper.BadLeafValue(
                    $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum." + EnumSuggestions(type, enumValue.Value),
                    node));
            }

            return;
        }

        var text = Printer.Print((SyntaxNode)node);
        context.ReportError(ErrorHelper.BadLeafValue(
            $"Enum \"{type.Name}\" cannot represent non-enum value: {text}." + EnumSuggestions(type, text),
            node));
    }

    private static string EnumSuggestions(EnumType type, string value)
    {
        var names = new List<string>(type.Values.Count);
        foreach (var enumValue in type.Values)
        {
            names.Add(enumValue.Name);
        }

        return Suggestions.DidYouMean(Suggestions.Find(value, names), "the enum value");
    }
}
