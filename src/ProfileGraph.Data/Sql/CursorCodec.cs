using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ProfileGraph.Data.Sql;

/// <summary>
/// Keyset cursors: base64url of [sort fingerprint, sort values..., id] followed by an HMAC over the project
/// and payload, so a cursor cannot be forged, edited, or replayed in another project or sort order.
/// </summary>
internal sealed class CursorCodec(byte[] key)
{
    private const int MacLength = 16;

    public string Encode(ProjectScope scope, IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(Fingerprint(keys));
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: writer.WriteNullValue(); break;
                    case string s: writer.WriteStringValue(s); break;
                    case long l: writer.WriteNumberValue(l); break;
                    case double d: writer.WriteNumberValue(d); break;
                    case bool b: writer.WriteBooleanValue(b); break;
                    case DateTimeOffset t: writer.WriteStringValue(ValueCoercer.FormatDateTime(t)); break;
                    default: throw new InvalidOperationException("Sort values are canonical.");
                }
            }

            writer.WriteEndArray();
        }

        var payload = buffer.ToArray();
        var token = new byte[payload.Length + MacLength];
        payload.CopyTo(token, 0);
        Mac(scope, payload).CopyTo(token.AsSpan(payload.Length));
        return Convert.ToBase64String(token).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public object?[] Decode(ProjectScope scope, IReadOnlyList<SortKey> keys, string cursor)
    {
        byte[] token;
        try
        {
            var text = cursor.Replace('-', '+').Replace('_', '/');
            token = Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
        }
        catch (FormatException)
        {
            throw QueryErrors.InvalidCursor("it is not base64url");
        }

        if (token.Length <= MacLength)
        {
            throw QueryErrors.InvalidCursor("it is too short");
        }

        var payload = token.AsSpan(0, token.Length - MacLength).ToArray();
        if (!CryptographicOperations.FixedTimeEquals(Mac(scope, payload), token.AsSpan(payload.Length)))
        {
            throw QueryErrors.InvalidCursor("its signature does not match");
        }

        using var document = JsonDocument.Parse(payload);
        var items = document.RootElement.EnumerateArray().ToArray();
        if (items.Length != keys.Count + 1 || items[0].GetString() != Fingerprint(keys))
        {
            throw QueryErrors.CursorMismatch();
        }

        var values = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var item = items[i + 1];
            values[i] = item.ValueKind == JsonValueKind.Null ? null : ValueCoercer.Coerce(keys[i].Field, keys[i].Field.Type, item.Clone());
        }

        return values;
    }

    private byte[] Mac(ProjectScope scope, byte[] payload)
    {
        var project = Encoding.UTF8.GetBytes(scope.Project + "\n");
        var data = new byte[project.Length + payload.Length];
        project.CopyTo(data, 0);
        payload.CopyTo(data, project.Length);
        return HMACSHA256.HashData(key, data)[..MacLength];
    }

    private static string Fingerprint(IReadOnlyList<SortKey> keys)
    {
        var spec = string.Join(",", keys.Select(k => (k.Descending ? "-" : "+") + k.Field.Path));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(spec)), 0, 6);
    }
}
