using System.Collections;
using System.Reflection;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>Assertions over syntax trees and syntax errors shared by the language tests.</summary>
internal static class SyntaxAssert
{
    /// <summary>Asserts both trees have the same shape and values, ignoring source locations.</summary>
    public static void Equivalent(ISyntaxNode expected, ISyntaxNode actual) => Compare(expected, actual, "root");

    /// <summary>
    /// Asserts <paramref name="action"/> fails with "Syntax Error: " + <paramref name="description"/>, this location and code HC0014.
    /// </summary>
    public static GraphQLError SyntaxError(Action action, string description, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(action);
        Assert.Equal("Syntax Error: " + description, exception.Error.Message);
        Assert.Equal([new SourceLocation(line, column)], exception.Error.Locations);
        Assert.Equal("HC0014", exception.Error.Code);
        return exception.Error;
    }

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        Assert.True(expected.GetType() == actual.GetType(), $"{path}: expected {expected.GetType().Name}, got {actual.GetType().Name}");
        switch (expected)
        {
            case string or bool or Enum:
                Assert.True(expected.Equals(actual), $"{path}: expected '{expected}', got '{actual}'");
                return;
            case IList expectedList:
                var actualList = (IList)actual;
                Assert.True(expectedList.Count == actualList.Count, $"{path}: expected {expectedList.Count} items, got {actualList.Count}");
                for (var i = 0; i < expectedList.Count; i++)
                {
                    Compare(expectedList[i], actualList[i], $"{path}[{i}]");
                }

                return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name == nameof(SyntaxNode.Location))
            {
                continue;
            }

            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
