namespace ProfileGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Directives[Const] : Directive[?Const]+ (spec §2.12); returns an empty list when none follow.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return directives;
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]? (spec §2.12)</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, Loc(start));
    }

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations (spec §3.13)
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, Loc(start));
    }

    /// <summary>DirectiveLocations : `|`? DirectiveLocation | DirectiveLocations | DirectiveLocation (spec §3.13)</summary>
    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return locations;
    }

    /// <summary>
    /// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation (spec §3.13), e.g. QUERY, FIELD,
    /// VARIABLE_DEFINITION, OBJECT, INPUT_FIELD_DEFINITION.
    /// </summary>
    private NameNode ParseDirectiveLocation()
    {
        var token = Current;
        var name = ParseName();
        if (!IsDirectiveLocation(name.Value))
        {
            throw Unexpected(token);
        }

        return name;
    }

    private static bool IsDirectiveLocation(string name) => name switch
    {
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
            or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" => true,
        "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION" or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION"
            or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT" or "INPUT_FIELD_DEFINITION" => true,
        _ => false,
    };
}
