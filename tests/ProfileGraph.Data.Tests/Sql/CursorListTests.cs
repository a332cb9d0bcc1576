using ProfileGraph.Data.Sql;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Sql;

public sealed class CursorListTests
{
    private static readonly CursorCodec Codec = new(new byte[32]);
    private static readonly ProjectScope Scope = ProjectScope.Create("project-1");

    [Fact]
    public void Each_cursor_is_the_one_the_codec_encodes_for_its_sort_values()
    {
        var keys = SortKey.Resolve(new FilterContext(ProfileGraph.Data.Sql.Dialects.SqliteDialect.Instance, TestSchema.Create(), new SqlParameters()), [SortField.Desc("age")]);
        object?[][] values = [[40L, "id-1"], [null, "id-2"], [7L, "id-3"]];
        var cursors = new CursorList(Codec, Scope, keys, values);

        Assert.Equal(3, cursors.Count);
        Assert.Equal(Codec.Encode(Scope, keys, values[2]), cursors[2]);
        Assert.Equal(values.Select(v => Codec.Encode(Scope, keys, v)), cursors);
        Assert.Equal(values[1], Codec.Decode(Scope, keys, cursors[1]));
    }
}
