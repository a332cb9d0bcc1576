namespace ProfileGraph.GraphQL.Types;

/// <summary>A directive definition (spec §3.13 "Directives").</summary>
public sealed class DirectiveDefinition
{
    private readonly OrderedDictionary<string, InputField> _arguments = new(StringComparer.Ordinal);

    internal DirectiveDefinition(string name, string? description, IReadOnlyList<DirectiveLocation> locations, bool isRepeatable)
    {
        Name = name;
        Description = description;
        Locations = locations;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Arguments in declaration order.</summary>
    public IReadOnlyDictionary<string, InputField> Arguments => _arguments;

    /// <summary>Where the directive may be used.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>
    /// True for the directives every schema has (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>,
    /// <c>@specifiedBy</c>, <c>@oneOf</c>); the schema printer leaves them out.
    /// </summary>
    public bool IsBuiltIn { get; internal init; }

    internal bool TryAddArgument(InputField argument) => _arguments.TryAdd(argument.Name, argument);

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
