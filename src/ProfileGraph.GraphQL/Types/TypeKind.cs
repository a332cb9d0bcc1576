namespace ProfileGraph.GraphQL.Types;

/// <summary>The kinds of GraphQL types (spec §4.2.5 "__TypeKind").</summary>
public enum TypeKind
{
    /// <summary>A leaf value (spec §3.5).</summary>
    Scalar,

    /// <summary>An object type (spec §3.6).</summary>
    Object,

    /// <summary>An interface type (spec §3.7).</summary>
    Interface,

    /// <summary>A union type (spec §3.8).</summary>
    Union,

    /// <summary>An enum type (spec §3.9).</summary>
    Enum,

    /// <summary>An input object type (spec §3.10).</summary>
    InputObject,

    /// <summary>A list wrapper (spec §3.11).</summary>
    List,

    /// <summary>A non-null wrapper (spec §3.12).</summary>
    NonNull,
}
