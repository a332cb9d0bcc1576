using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Limits;

// Non-spec limit (HotChocolate HC0086): on one path, __Type.ofType may nest at most ValidationOptions.MaxIntrospectionDepth
// times, and the list fields fields/inputFields/interfaces/possibleTypes of __Type at most once.
internal sealed class MaxIntrospectionDepthRule(int maxOfTypeDepth) : ValidationRule, FieldPathWalker.IListener
{
    private const int MaxListDepth = 1;

    private ValidationContext _context = null!;
    private int _ofTypeDepth;
    private int _listDepth;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        _context = context;
        _ofTypeDepth = 0;
        _listDepth = 0;
        new FieldPathWalker(context, this).Walk(node);
    }

    public bool Enter(FieldNode node, OutputField field)
    {
        switch (Classify(field))
        {
            case Kind.OfType when ++_ofTypeDepth > maxOfTypeDepth:
            case Kind.List when ++_listDepth > MaxListDepth:
                _context.ReportError(ErrorHelper.MaxIntrospectionDepth(node));
                return false;
            default:
                return true;
        }
    }

    public void Leave(FieldNode node, OutputField field)
    {
        switch (Classify(field))
        {
            case Kind.OfType:
                _ofTypeDepth--;
                break;
            case Kind.List:
                _listDepth--;
                break;
        }
    }

    private static Kind Classify(OutputField field)
    {
        if (field.DeclaringType.Name != "__Type")
        {
            return Kind.Other;
        }

        return field.Name switch
        {
            "ofType" => Kind.OfType,
            "fields" or "inputFields" or "interfaces" or "possibleTypes" => Kind.List,
            _ => Kind.Other,
        };
    }

    private enum Kind
    {
        Other,
        OfType,
        List,
    }
}
