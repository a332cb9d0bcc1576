using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.Profiles.Tests.Contract;

public sealed class SchemaFileSyntaxTests
{
    [Theory]
    [InlineData("profile.graphql")]
    [InlineData("properties.graphql")]
    public void Schema_files_parse(string fileName) => Assert.NotEmpty(Parser.Parse(SchemaFiles.Read(fileName)).Definitions);

    [Fact]
    public void The_contract_defines_every_type_issue_names()
    {
        var names = Parser.Parse(SchemaFiles.Read("profile.graphql")).Definitions.OfType<ITypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet();
        string[] expected =
        [
            "Node", "Error", "Query", "Mutation", "Profile", "ProfileIdentities", "ProfileContacts", "Device", "Account", "Gender",
            "ProfilesConnection", "ProfilesEdge", "PageInfo", "ProfilePageCollectionSegment", "CollectionSegmentInfo",
            "ProfileFilterInput", "StringOperationFilterInput", "DateTimeOperationFilterInput", "GenderOperationFilterInput",
            "ListStringOperationFilterInput", "ListFilterInputTypeOfDeviceFilterInput", "DeviceFilterInput", "ProfileSortInput", "SortEnumType",
            "ProfileNotFoundError", "InvalidPropertyError", "VersionConflictError", "LimitExceededError", "IdentityConflictError",
            "UsernameTakenError", "EmailTakenError", "DateTime", "Long", "JSON",
        ];
        var missing = expected.Where(n => !names.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_mutation_has_an_input_a_payload_and_an_error_union()
    {
        var document = Parser.Parse(SchemaFiles.Read("profile.graphql"));
        var names = document.Definitions.OfType<ITypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet();
        var mutation = document.Definitions.OfType<ObjectTypeDefinitionNode>().Single(t => t.Name.Value == "Mutation");
        foreach (var field in mutation.Fields)
        {
            var prefix = char.ToUpperInvariant(field.Name.Value[0]) + field.Name.Value[1..];
            Assert.Contains(prefix + "Input", names);
            Assert.Contains(prefix + "Payload", names);
            Assert.Contains(prefix + "Error", names);
        }
    }
}
