namespace ProfileGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives? (spec §2.8)
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet (spec §2.8.2)
    /// </summary>
    private ISelectionNode ParseFragment()
    {
        var start = Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    /// <summary>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet (spec §2.8)</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        var typeCondition = ParseTypeCondition();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, Loc(start));
    }

    /// <summary>FragmentName : Name but not `on` (spec §2.8)</summary>
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>TypeCondition : on NamedType (spec §2.8.1)</summary>
    private NamedTypeNode ParseTypeCondition()
    {
        ExpectKeyword("on");
        return ParseNamedType();
    }
}
