namespace ProfileGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const] (spec §2.9)
    /// </summary>
    private IValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseListValue(isConst);
            case TokenKind.LeftBrace:
                return ParseObjectValue(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!, Loc(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!, Loc(token));
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, Loc(token)),
                    "false" => new BooleanValueNode(false, Loc(token)),
                    "null" => new NullValueNode(Loc(token)),
                    _ => new EnumValueNode(token.Value!, Loc(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    var next = _lexer.Lookahead();
                    if (next.Kind == TokenKind.Name)
                    {
                        throw SyntaxErrors.At(
                            _source,
                            token.Start,
                            $"Unexpected variable \"${next.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    /// <summary>StringValue :: `"` StringCharacter* `"` | BlockString (spec §2.9.4)</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, Loc(token));
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (spec §2.9.7)</summary>
    private ListValueNode ParseListValue(bool isConst)
    {
        var start = Expect(TokenKind.LeftBracket);
        EnterNesting(start);
        var values = new List<IValueNode>();
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(values, Loc(start));
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (spec §2.9.8)</summary>
    private ObjectValueNode ParseObjectValue(bool isConst)
    {
        var start = Expect(TokenKind.LeftBrace);
        EnterNesting(start);
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            fields.Add(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(fields, Loc(start));
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const] (spec §2.9.8)</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, Loc(start));
    }
}
