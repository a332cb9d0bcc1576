namespace ProfileGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>Document : Definition+ (spec §2.2); its location spans the whole source.</summary>
    private DocumentNode ParseDocument()
    {
        var definitions = new List<IDefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        return new DocumentNode(definitions, _noLocations ? null : new Location(0, _source.Length, 1, 1));
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (spec §2.2)
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition
    /// </summary>
    private IDefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw SyntaxErrors.At(
                    _source,
                    Current.Start,
                    "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet (spec §2.3)
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand, Loc(start));
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet, Loc(start));
    }

    /// <summary>OperationType : one of `query` `mutation` `subscription` (spec §2.3)</summary>
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariableDefinitions : ( VariableDefinition+ ) (spec §2.10)</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParen))
        {
            return [];
        }

        var definitions = new List<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParen));

        return definitions;
    }

    /// <summary>VariableDefinition : Variable : Type DefaultValue? Directives[Const]? (spec §2.10)</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, Loc(start));
    }

    /// <summary>DefaultValue : = Value[Const] (spec §2.10)</summary>
    private IValueNode? ParseDefaultValue() =>
        ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;

    /// <summary>Variable : $ Name (spec §2.10)</summary>
    private VariableNode ParseVariable()
    {
        var start = Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, Loc(start));
    }

    /// <summary>SelectionSet : { Selection+ } (spec §2.4)</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Expect(TokenKind.LeftBrace);
        EnterNesting(start);
        var selections = new List<ISelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        ExitNesting();
        return new SelectionSetNode(selections, Loc(start));
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment (spec §2.4)</summary>
    private ISelectionNode ParseSelection() =>
        Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec §2.5); Alias : Name : (spec §2.7)</summary>
    private FieldNode ParseField()
    {
        var start = Current;
        if (++_fieldCount > _maxFields)
        {
            throw SyntaxErrors.TooManyFields(_source, start, _maxFields);
        }

        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ) (spec §2.6)</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParen))
        {
            return [];
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.RightParen));

        return arguments;
    }

    /// <summary>Argument[Const] : Name : Value[?Const] (spec §2.6)</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, Loc(start));
    }
}
