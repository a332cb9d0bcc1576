using System.Text.Json;

namespace ProfileGraph.Server.Tests.Http;

/// <summary>Reading GraphQL responses in assertions.</summary>
internal static class Responses
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new Xunit.Sdk.XunitException($"Not JSON ({(int)response.StatusCode}): {text[..Math.Min(text.Length, 300)]} ({ex.Message})");
        }
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public static async Task AssertErrorAsync(this HttpResponseMessage response, int status, string? code)
    {
        var body = await response.JsonAsync();
        Assert.True(
            (int)response.StatusCode == status,
            $"expected {status}, got {(int)response.StatusCode}: {body.GetRawText()}");
        Assert.True(body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0, body.GetRawText());
        Assert.False(body.TryGetProperty("data", out _), body.GetRawText());
        if (code is not null)
        {
            Assert.Equal(code, body.FirstErrorCode());
        }
    }
}
