using System.Buffers;
using System.Text;
using System.Text.Json;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Execution;

/// <summary>
/// The outcome of one request (spec §7.1 "Response Format"): errors, the data tree when the operation ran,
/// and extensions.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");

    private readonly ResultObject? _data;

    internal ExecutionResult(
        ResultKind kind,
        IReadOnlyList<GraphQLError> errors,
        OperationType? operation = null,
        ResultObject? data = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Kind = kind;
        Errors = errors;
        Operation = operation;
        _data = data;
        Extensions = extensions;
    }

    /// <summary>How the request ended.</summary>
    public ResultKind Kind { get; }

    /// <summary>Request or field errors, in the order they happened; empty when none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The type of the executed operation, when one was selected.</summary>
    public OperationType? Operation { get; }

    /// <summary>The response's <c>extensions</c> (e.g. <c>operationCost</c>), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>True when the response has a <c>data</c> entry (it may be null after null propagation).</summary>
    public bool HasData => Kind == ResultKind.Data;

    /// <summary>True when <c>data</c> is null because an error propagated to the root (spec §6.4.4).</summary>
    public bool IsDataNull => HasData && _data is null;

    /// <summary>A copy of this result with entries added to <see cref="Extensions"/>.</summary>
    internal ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?> extensions)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in Extensions ?? new Dictionary<string, object?>())
        {
            merged[key] = value;
        }

        foreach (var (key, value) in extensions)
        {
            merged[key] = value;
        }

        return new ExecutionResult(Kind, Errors, Operation, _data, merged);
    }

    /// <summary>Writes <c>{"errors":[…],"data":{…},"extensions":{…}}</c>, omitting absent entries.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName(ErrorsName);
            ResultWriter.WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName(DataName);
            if (_data is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                ResultWriter.WriteObject(writer, _data);
            }
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName(ExtensionsName);
            ResultWriter.WriteAny(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as a compact JSON string.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public override string ToString() => ToJson();
}
