using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>
/// An input value definition (spec §3.6.1 "Field Arguments", §3.10 "Input Objects"): a field argument, a
/// directive argument or an input object field.
/// </summary>
public sealed class InputField
{
    internal InputField(
        string name,
        string? description,
        IType type,
        IValueNode? defaultValue,
        string? deprecationReason,
        IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        Directives = directives;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description from the SDL, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public IType Type { get; }

    /// <summary>The default value literal from the SDL, or null when there is none.</summary>
    public IValueNode? DefaultValue { get; }

    /// <summary>True when a default value is declared.</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>The <c>@deprecated(reason:)</c> text, or null when not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when the input value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied in the SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The coerced default value, computed once on first use.</summary>
    internal System.Runtime.CompilerServices.StrongBox<object?>? CoercedDefault { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
