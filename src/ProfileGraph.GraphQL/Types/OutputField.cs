using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6 "Field Arguments", §3.6.3 "Field Deprecation").</summary>
public sealed class OutputField
{
    private readonly OrderedDictionary<string, InputField> _arguments = new(StringComparer.Ordinal);

    internal OutputField(
        ComplexType declaringType,
        string name,
        string? description,
        IType type,
        string? deprecationReason,
        IReadOnlyList<DirectiveNode> directives)
    {
        DeclaringType = declaringType;
        Name = name;
        Description = description;
        Type = type;
        DeprecationReason = deprecationReason;
        Directives = directives;
        Coordinate = declaringType.Name + "." + name;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The description from the SDL, or null.</summary>
    public string? Description { get; }

    /// <summary>The field's output type.</summary>
    public IType Type { get; internal set; }

    /// <summary>Arguments in declaration order.</summary>
    public IReadOnlyDictionary<string, InputField> Arguments => _arguments;

    /// <summary>The <c>@deprecated(reason:)</c> text, or null when not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when the field carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the field in the SDL (e.g. <c>@cost</c>, <c>@listSize</c>).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The type that declares the field.</summary>
    public ComplexType DeclaringType { get; }

    /// <summary>The schema coordinate, <c>Type.field</c>.</summary>
    public string Coordinate { get; }

    /// <summary>
    /// The resolver bound with <c>SchemaBuilder.AddResolver</c>, or null: then the executor reads the field from
    /// the parent value with <see cref="DefaultResolvers.Resolve"/>.
    /// </summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// True for introspection meta fields: <c>__schema</c> and <c>__type</c> on the query root, and any other field
    /// whose name starts with <c>__</c> (such as a <c>__typename</c> definition made by a caller).
    /// </summary>
    public bool IsIntrospection => IsMetaField || Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>True for the <c>__schema</c> and <c>__type</c> fields the builder adds to the query root.</summary>
    internal bool IsMetaField { get; init; }

    internal bool TryAddArgument(InputField argument) => _arguments.TryAdd(argument.Name, argument);

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}
