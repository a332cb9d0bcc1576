namespace ProfileGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Type : NamedType | ListType | NonNullType (spec §2.11); ListType : [ Type ]; NonNullType : NamedType ! | ListType !</summary>
    private ITypeNode ParseTypeReference()
    {
        var start = Current;
        ITypeNode type;
        if (ExpectOptional(TokenKind.LeftBracket))
        {
            EnterNesting(start);
            var itemType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            ExitNesting();
            type = new ListTypeNode(itemType, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    /// <summary>NamedType : Name (spec §2.11)</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseName();
        return new NamedTypeNode(name, Loc(start));
    }
}
