namespace ProfileGraph.GraphQL.Language;

public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description : StringValue (spec §3.2)</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec §3.3)</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseRootOperationTypeDefinitions(required: true);
        return new SchemaDefinitionNode(description, directives, operationTypes, Loc(start));
    }

    /// <summary>{ RootOperationTypeDefinition+ }; optional in a schema extension.</summary>
    private IReadOnlyList<OperationTypeDefinitionNode> ParseRootOperationTypeDefinitions(bool required)
    {
        if (required)
        {
            Expect(TokenKind.LeftBrace);
        }
        else if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseRootOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return operationTypes;
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType (spec §3.3.1)</summary>
    private OperationTypeDefinitionNode ParseRootOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(start));
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec §3.5)</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, Loc(start));
    }

    /// <summary>
    /// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec §3.6)
    /// </summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    /// <summary>ImplementsInterfaces : implements `&amp;`? NamedType | ImplementsInterfaces &amp; NamedType (spec §3.6)</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }

        ExpectOptional(TokenKind.Ampersand);
        var interfaces = new List<NamedTypeNode>();
        do
        {
            interfaces.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Ampersand));

        return interfaces;
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ } (spec §3.6)</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new List<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return fields;
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec §3.6)</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ) (spec §3.6.1)</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftParen))
        {
            return [];
        }

        var arguments = new List<InputValueDefinitionNode>();
        do
        {
            arguments.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParen));

        return arguments;
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec §3.6.1)</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
    }

    /// <summary>
    /// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec §3.7)
    /// </summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec §3.8)</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
    }

    /// <summary>UnionMemberTypes : = `|`? NamedType | UnionMemberTypes | NamedType (spec §3.8)</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return [];
        }

        ExpectOptional(TokenKind.Pipe);
        var types = new List<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return types;
    }

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec §3.9)</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } (spec §3.9)</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var values = new List<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return values;
    }

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?; EnumValue : Name but not true, false or null (spec §3.9)</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        if (Current.Kind == TokenKind.Name && Current.Value is "true" or "false" or "null")
        {
            throw SyntaxErrors.At(
                _source,
                Current.Start,
                $"{Current.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, Loc(start));
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec §3.10)</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ } (spec §3.10)</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = new List<InputValueDefinitionNode>();
        do
        {
            fields.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return fields;
    }
}
