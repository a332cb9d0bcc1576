namespace ProfileGraph.Data;

/// <summary>
/// An index over several fields for a frequent query shape: equality on the leading keys, then a range or a sort on
/// the last key (the id follows, so keyset pages seek it too). <see cref="Include"/> fields ride in the index where
/// the engine allows, so a count that also tests them reads no rows. Declared with <see cref="DocumentSchema.AddCompoundIndex"/>.
/// </summary>
public sealed class CompoundIndex
{
    /// <summary>Prefix of every compound index name; indexes with it that the schema no longer declares are dropped.</summary>
    internal const string NamePrefix = "documents_c_";

    internal CompoundIndex(IReadOnlyList<FieldDefinition> keys, IReadOnlyList<FieldDefinition> include)
    {
        Keys = keys;
        Include = include;
        var definition = string.Join(",", keys.Select(k => $"{k.Path}:{k.Type}")) + "|" + string.Join(",", include.Select(i => $"{i.Path}:{i.Type}"));
        Name = DerivedName.Create(NamePrefix, keys.Select(k => k.Path), definition, 36);
    }

    /// <summary>The key fields, in index order.</summary>
    public IReadOnlyList<FieldDefinition> Keys { get; }

    /// <summary>Fields stored in the index but not ordered by it.</summary>
    public IReadOnlyList<FieldDefinition> Include { get; }

    /// <summary>The index name, derived from the definition, so a changed declaration gets a new index.</summary>
    public string Name { get; }
}
