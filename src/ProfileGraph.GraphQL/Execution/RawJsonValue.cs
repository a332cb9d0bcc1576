namespace ProfileGraph.GraphQL.Execution;

/// <summary>A leaf already serialized to JSON (custom scalars, and built-ins given an unusual CLR value).</summary>
internal sealed class RawJsonValue(byte[] utf8)
{
    public byte[] Utf8 { get; } = utf8;
}
