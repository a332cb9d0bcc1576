using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation;
using ProfileGraph.GraphQL.Validation.Rules;

namespace ProfileGraph.GraphQL.Tests.Validation;

/// <summary>
/// One test schema for every validation test (the spec §5 example schema plus the cases it lacks:
/// interfaces implementing interfaces, unions, enums, input objects, a @oneOf input, lists, non-null
/// arguments, custom and repeatable directives, a custom scalar) and the expectations on it.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable(tag: String) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @withArgs(required: Int!, optional: String = "x", list: [Int!]) on FIELD | QUERY

        scalar Custom

        type Query {
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          human(id: ID): Human
          alien: Alien
          being: Being
          findDog(searchBy: FindDogInput): Dog
          findDogs(searchBy: [FindDogInput!]): [Dog]
          arguments: Arguments
          complicatedArgs: ComplicatedArgs
          search(by: SearchBy!): [SearchResult]
          custom(value: Custom): String
          friends(first: Int, after: String): [Human]
        }

        type Mutation {
          mutateDog(name: String!): Dog
          other: Boolean
        }

        type Subscription {
          newDog: Dog
          newCat: Cat
          disallowedSecondRootField: Boolean
        }

        enum DogCommand { SIT, DOWN, HEEL }
        enum CatCommand { JUMP }
        enum FurColor { BROWN, BLACK, TAN, SPOTTED, NO_FUR, UNKNOWN }

        interface Being { name(surname: Boolean): String }
        interface Mammal { mother: Mammal father: Mammal }
        interface Sentient implements Being { name(surname: Boolean): String iq: Int }
        interface Pet implements Being { name(surname: Boolean): String nickname: String }
        interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }

        type Dog implements Being & Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean = true): Boolean!
          isAtLocation(x: Int, y: Int): Boolean
          owner: Human
          mother: Dog
          father: Dog
          furColor: FurColor
        }

        type Cat implements Being & Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          meowVolume: Int
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          furColor: FurColor
        }

        type Human implements Being & Sentient {
          name(surname: Boolean): String
          iq: Int
          pets: [Pet!]
          relatives: [Human]
          friends: [Human]
        }

        type Alien implements Being & Sentient {
          name(surname: Boolean): String
          iq: Int
          numEyes: Int
          homePlanet: String
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        union SearchResult = Dog | Cat | Human

        input FindDogInput { name: String owner: String }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input SearchBy @oneOf { name: String id: ID nested: ComplexInput }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean!]): [Boolean]
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: SearchBy): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }
        """;

    /// <summary>The shared test schema.</summary>
    public static Schema Schema { get; } = SchemaBuilder.FromSdl(Sdl).Build();

    /// <summary>A schema with only a query root, for the operation type existence rule.</summary>
    public static Schema QueryOnlySchema { get; } = SchemaBuilder.FromSdl("type Query { a: String }").Build();

    /// <summary>Runs only <typeparamref name="TRule"/>, as graphql-js's harness does, so other rules cannot interfere.</summary>
    public static IReadOnlyList<GraphQLError> Validate<TRule>(string document, Schema? schema = null)
        where TRule : ValidationRule, new() =>
        new DocumentValidator(schema ?? Schema, new ValidationOptions(), [() => new TRule()])
            .Validate(Parser.Parse(document), maxErrors: 100);

    /// <summary>Runs every specified rule.</summary>
    public static IReadOnlyList<GraphQLError> Validate(string document, Schema? schema = null, ValidationOptions? options = null, int maxErrors = 100) =>
        new DocumentValidator(schema ?? Schema, options).Validate(Parser.Parse(document), maxErrors);

    public static void ExpectValid<TRule>(string document, Schema? schema = null)
        where TRule : ValidationRule, new() =>
        AssertErrors(Validate<TRule>(document, schema), []);

    public static void ExpectErrors<TRule>(string document, params Expected[] expected)
        where TRule : ValidationRule, new() =>
        AssertErrors(Validate<TRule>(document), expected);

    public static void ExpectErrorsOn<TRule>(Schema schema, string document, params Expected[] expected)
        where TRule : ValidationRule, new() =>
        AssertErrors(Validate<TRule>(document, schema), expected);

    public static void ExpectValid(string document) => AssertErrors(Validate(document), []);

    public static void ExpectErrors(string document, params Expected[] expected) => AssertErrors(Validate(document), expected);

    /// <summary>An expected error: its message and, when given, its locations as (line, column).</summary>
    public static Expected Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    private static void AssertErrors(IReadOnlyList<GraphQLError> actual, Expected[] expected)
    {
        var actualText = string.Join("\n", actual.Select(Describe));
        Assert.True(
            actual.Count == expected.Length,
            $"Expected {expected.Length} error(s), got {actual.Count}:\n{actualText}");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Message, actual[i].Message);
            if (expected[i].Locations.Length > 0)
            {
                var locations = actual[i].Locations?.Select(l => (l.Line, l.Column)).ToArray() ?? [];
                Assert.Equal(expected[i].Locations, locations);
            }
        }
    }

    private static string Describe(GraphQLError error) =>
        error.Message + " " + string.Join(",", error.Locations?.Select(l => $"({l.Line}:{l.Column})") ?? []);

    /// <summary>An expected validation error.</summary>
    public sealed record Expected(string Message, (int Line, int Column)[] Locations);
}
