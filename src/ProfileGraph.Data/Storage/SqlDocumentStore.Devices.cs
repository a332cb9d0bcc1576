using System.Text.Json.Nodes;
using ProfileGraph.Data.Sql;

namespace ProfileGraph.Data.Storage;

internal abstract partial class SqlDocumentStore
{
    public async Task<bool> UpsertDeviceAsync(string project, string profileId, DeviceRecord device, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ProjectScope.CheckId(profileId);
        ArgumentNullException.ThrowIfNull(device);
        ProjectScope.CheckId(device.RegistrationId);
        var statement = Dialect.UpsertDevice(scope, profileId, device, (device.Properties ?? []).ToJsonString());
        return await WriteAsync(async (connection, transaction) =>
            (await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false) == 1, true), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveDeviceAsync(string project, string profileId, string registrationId, CancellationToken cancellationToken = default)
    {
        var statement = Dialect.RemoveDevice(ProjectScope.Create(project), ProjectScope.CheckId(profileId), ProjectScope.CheckId(registrationId));
        return await WriteAsync(async (connection, transaction) =>
            (await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false) > 0, true), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DeviceRecord>>> GetDevicesAsync(string project, IReadOnlyList<string> profileIds, CancellationToken cancellationToken = default)
    {
        var scope = ProjectScope.Create(project);
        ArgumentNullException.ThrowIfNull(profileIds);
        if (profileIds.Count > MaxIdsPerRead)
        {
            throw QueryErrors.InvalidPaging($"At most {MaxIdsPerRead} ids can be read at once, not {profileIds.Count}.");
        }

        var result = profileIds.Distinct().ToDictionary(id => ProjectScope.CheckId(id), _ => (IReadOnlyList<DeviceRecord>)new List<DeviceRecord>(), StringComparer.Ordinal);
        if (result.Count == 0)
        {
            return result;
        }

        var statement = Dialect.ListDevices(scope, Schema.Get("id"), profileIds);
        return await ReadAsync<IReadOnlyDictionary<string, IReadOnlyList<DeviceRecord>>>(async connection =>
        {
            await using var command = Command(connection, null, statement);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                ((List<DeviceRecord>)result[reader.GetString(0)]).Add(new DeviceRecord(
                    reader.GetString(1), Text(2), Text(3), Text(4), Dialect.ReadTimestamp(reader, 5), JsonNode.Parse(reader.GetString(6))!.AsObject()));
            }

            return result;
        }, cancellationToken).ConfigureAwait(false);
    }
}
