using System.Runtime.InteropServices;
using N2fSync.Isolation;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.Isolation;

/// <summary>Where the PowerShell 7 loader finds the native libraries and the SqlClient build, for every platform.</summary>
public sealed class PlatformLayoutTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static PlatformLayout Windows(Architecture architecture) => new(isWindows: true, isMacOs: false, architecture);

    private static readonly PlatformLayout LinuxX64 = new(isWindows: false, isMacOs: false, Architecture.X64);

    [Theory]
    [InlineData(Architecture.X64, "win-x64/Microsoft.Data.SqlClient.SNI.dll")]
    [InlineData(Architecture.X86, "win-x86/Microsoft.Data.SqlClient.SNI.dll")]
    [InlineData(Architecture.Arm64, "win-arm64/Microsoft.Data.SqlClient.SNI.dll")]
    public void On_windows_sqlclients_network_library_is_in_the_folder_of_the_process_architecture(Architecture architecture, string expected)
    {
        // SqlClient imports it as "Microsoft.Data.SqlClient.SNI.dll"; a resolver may also be asked without the extension.
        Assert.Equal(expected, Windows(architecture).NativeFile("Microsoft.Data.SqlClient.SNI.dll"));
        Assert.Equal(expected, Windows(architecture).NativeFile("Microsoft.Data.SqlClient.SNI"));
    }

    [Fact]
    public void Off_windows_sqlclient_has_no_native_network_library_to_resolve() =>
        Assert.Null(LinuxX64.NativeFile("Microsoft.Data.SqlClient.SNI.dll"));

    [Theory]
    [InlineData(true, false, "win-x64/e_sqlite3.dll")]
    [InlineData(false, false, "linux-x64/e_sqlite3.so")]
    [InlineData(false, true, "osx-x64/e_sqlite3.dylib")]
    public void Sqlite_is_in_the_folder_of_the_platform(bool isWindows, bool isMacOs, string expected) =>
        Assert.Equal(expected, new PlatformLayout(isWindows, isMacOs, Architecture.X64).NativeFile("e_sqlite3"));

    [Fact]
    public void Other_native_libraries_are_left_to_the_runtime() =>
        Assert.Null(Windows(Architecture.X64).NativeFile("kernel32"));

    [Theory]
    [InlineData(true, "sqlclient/core-win")]
    [InlineData(false, "sqlclient/core-unix")]
    public void The_sqlclient_build_follows_the_os(bool isWindows, string expected) =>
        Assert.Equal(expected, new PlatformLayout(isWindows, false, Architecture.X64).SqlClientFolder);

    [Fact]
    public void The_module_load_context_resolves_the_network_library_from_the_dependency_folder()
    {
        var dependencies = Directory.CreateDirectory(_temp.File("Dependencies")).FullName;
        var shipped = Path.Combine(dependencies, "win-arm64", "Microsoft.Data.SqlClient.SNI.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(shipped)!);
        File.WriteAllBytes(shipped, [0x4D, 0x5A]);

        var context = new DependencyLoadContext(dependencies, Windows(Architecture.Arm64));

        Assert.Equal(Path.GetFullPath(shipped), Path.GetFullPath(context.NativePath("Microsoft.Data.SqlClient.SNI.dll")!));
        Assert.Null(new DependencyLoadContext(dependencies, Windows(Architecture.X64)).NativePath("Microsoft.Data.SqlClient.SNI.dll"));
    }
}
