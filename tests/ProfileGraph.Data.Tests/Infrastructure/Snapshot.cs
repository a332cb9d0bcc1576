using System.Runtime.CompilerServices;

namespace ProfileGraph.Data.Tests.Infrastructure;

/// <summary>
/// Golden-file comparison: <c>__snapshots__/&lt;name&gt;</c> next to the calling test file. A missing snapshot is
/// written and the test passes; a different one fails and the actual text is written to <c>__mismatch__/</c>.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetDirectoryName(callerFile)!;
        var expectedFile = Path.Combine(folder, "__snapshots__", name);
        var mismatchFile = Path.Combine(folder, "__mismatch__", name);
        actual = actual.Replace("\r\n", "\n");
        if (!File.Exists(expectedFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.WriteAllText(expectedFile, actual);
            return;
        }

        var expected = File.ReadAllText(expectedFile).Replace("\r\n", "\n");
        if (expected != actual)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(mismatchFile)!);
            File.WriteAllText(mismatchFile, actual);
            Assert.Fail($"Snapshot {name} differs; the actual text is in {mismatchFile}.\nExpected:\n{expected}\nActual:\n{actual}");
        }
        else if (File.Exists(mismatchFile))
        {
            File.Delete(mismatchFile);
        }
    }
}
