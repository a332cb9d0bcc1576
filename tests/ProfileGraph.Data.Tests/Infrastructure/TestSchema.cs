namespace ProfileGraph.Data.Tests.Infrastructure;

/// <summary>The path catalogue every store test uses.</summary>
public static class TestSchema
{
    public static DocumentSchema Create() => new DocumentSchema()
        .Add("firstName", FieldType.String, indexed: true)
        .Add("lastName", FieldType.String)
        .Add("email", FieldType.String, indexed: true)
        .Add("age", FieldType.Int, indexed: true)
        .Add("score", FieldType.Float)
        .Add("active", FieldType.Bool)
        .Add("birth", FieldType.DateTime)
        .Add("rating", FieldType.Float, indexed: true)
        .Add("verified", FieldType.Bool, indexed: true)
        .Add("tags", FieldType.String, indexed: true, list: true)
        .Add("scores", FieldType.Int, list: true)
        .Add("propertiesSize", FieldType.Int)
        .AddObjectList("devices", ("platform", FieldType.String), ("build", FieldType.Int), ("lastActive", FieldType.DateTime), ("beta", FieldType.Bool))
        .AddObject("properties", open: true)
        .Add("properties.vipLevel", FieldType.Int, indexed: true)
        .Add("properties.nickname", FieldType.String)
        .Add("properties.visits", FieldType.Int);
}
