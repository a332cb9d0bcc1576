using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>One value of an enum type (spec §3.9 "Enums").</summary>
public sealed class EnumValue
{
    internal EnumValue(string name, string? description, string? deprecationReason, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        Directives = directives;
    }

    /// <summary>The value's name, which is also its runtime input value and its serialized form.</summary>
    public string Name { get; }

    /// <summary>The description from the SDL, or null.</summary>
    public string? Description { get; }

    /// <summary>The <c>@deprecated(reason:)</c> text, or null when not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when the value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the value in the SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
