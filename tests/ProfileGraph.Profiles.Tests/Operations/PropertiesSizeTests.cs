using ProfileGraph.Profiles.Operations;
using static ProfileGraph.Profiles.Tests.Operations.OperationTestData;

namespace ProfileGraph.Profiles.Tests.Operations;

public sealed class PropertiesSizeTests
{
    [Fact]
    public void No_properties_measure_zero() => Assert.Equal(0, PropertiesSize.Measure(Props("{}")));

    [Fact]
    public void Size_is_compact_json_bytes() => Assert.Equal(7, PropertiesSize.Measure(Props("""{ "a" : 1 }""")));

    [Fact]
    public void Non_ascii_text_counts_its_utf8_bytes_not_escapes() =>
        // {"a":"中"} = 8 ASCII bytes + 3 bytes for the character (an escape would make it 14)
        Assert.Equal(11, PropertiesSize.Measure(Props("""{"a":"中"}""")));

    [Fact]
    public void The_cap_and_the_store_capacity_measure_alike() =>
        Assert.Equal(Data.PropertyBytes.Measure(Props("""{"名前":"Zoë <&> 日本","n":1}""")), PropertiesSize.Measure(Props("""{"名前":"Zoë <&> 日本","n":1}""")));
}
