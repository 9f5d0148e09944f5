using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using N2fSync.N2f.Cache;
using N2fSync.N2f.Http;
using N2fSync.N2f;
using N2fSync.Store;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.N2f.Cache;

/// <summary>Writes keep the cached lists true: acknowledged ones update the item, others drop the list.</summary>
public sealed class N2fCacheWriteTrackerTests : IDisposable
{
    private const string Origin = "https://sandbox.n2f.com/services/api/v2/ client-42";
    private const string Plates = "companies/c-1/axes/0b6f5c1e";
    private readonly TempFolder _folder = new();
    private readonly SyncStore _store;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
    private readonly FakeListSource _n2f = new FakeListSource()
        .With("users", FakeListSource.User("ann.peeters@example.be", "Comptable"), FakeListSource.User("chloe.o'neil@example.be", "Juriste"))
        .With(Plates, """{"code":"1-ABC-123","names":[{"culture":"fr","value":"Škoda Octavia"}]}""");
    private readonly N2fCacheWriteTracker _tracker;

    public N2fCacheWriteTrackerTests()
    {
        _store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);
        _tracker = new N2fCacheWriteTracker(_store.Cache, Origin);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private CachedN2fListSource Cache() => new(_n2f, _store.Cache, Origin, TimeSpan.FromMinutes(60), _clock);

    private async Task<List<JsonElement>> ReadAsync(N2fList list)
    {
        var items = new List<JsonElement>();
        await Cache().ReadAsync(list, item => items.Add(item.Clone()), default);
        return items;
    }

    private static N2fResponse Answer(int status, string body) => new(status, body, TimeSpan.FromMilliseconds(40));

    private static string Done(string data) => "{\"response\":{\"result\":1,\"message\":\"User updated.\",\"data\":" + data + "}}";

    private void Post(string path, string sent, N2fResponse? answer)
    {
        _tracker.Sending("POST", path);
        _tracker.Completed("POST", path, sent, answer);
    }

    [Fact]
    public async Task AcknowledgedUpdate_ReplacesTheItemWithWhatN2fAnswered_WithoutAnotherRead()
    {
        await ReadAsync(N2fList.Users);
        var promoted = FakeListSource.User("ann.peeters@example.be", "Directrice financière");

        Post("users", """{"mail":"Ann.Peeters@Example.be","jobTitle":"Directrice financière"}""", Answer(200, Done(promoted)));
        var users = await ReadAsync(N2fList.Users);

        Assert.Equal(1, _n2f.ReadsOf("users"));
        Assert.Equal(2, users.Count);
        Assert.Equal("Directrice financière", users.Single(u => u.GetProperty("mail").GetString() == "ann.peeters@example.be").GetProperty("jobTitle").GetString());
    }

    [Fact]
    public async Task AcknowledgedCreate_JoinsTheList()
    {
        await ReadAsync(N2fList.Users);
        var wim = FakeListSource.User("wim.verstraeten@example.be", "Directeur");

        Post("users", """{"mail":"wim.verstraeten@example.be"}""", Answer(200, Done(wim)));

        Assert.Equal(3, (await ReadAsync(N2fList.Users)).Count);
        Assert.Equal(1, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task AcknowledgedDelete_RemovesTheItem_EvenWhenN2fHadItNoMore()
    {
        await ReadAsync(N2fList.Users);
        await ReadAsync(new N2fList(Plates, true, "plates", "code"));

        _tracker.Sending("DELETE", "users/chloe.o'neil%40example.be");
        _tracker.Completed("DELETE", "users/chloe.o'neil%40example.be", null, Answer(404, """{"response":{"result":0}}"""));
        _tracker.Sending("DELETE", Plates + "/1-ABC-123");
        _tracker.Completed("DELETE", Plates + "/1-ABC-123", null, Answer(200, """{"response":{"result":1}}"""));

        Assert.Equal("ann.peeters@example.be", Assert.Single(await ReadAsync(N2fList.Users)).GetProperty("mail").GetString());
        Assert.Empty(await ReadAsync(new N2fList(Plates, true, "plates", "code")));
        Assert.Equal(1, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task AWriteAcknowledgedWhileItsListIsRead_LeavesThatCopyAnsweringNoRead()
    {
        // A run sends Ann's update as soon as her page is compared, while the rest of the list is still being read:
        // what the read got of her may be from before or after it.
        var promoted = FakeListSource.User("ann.peeters@example.be", "Directrice financière");
        var sent = false;
        await Cache().ReadAsync(N2fList.Users, _ =>
        {
            if (sent) return;
            sent = true;
            Post("users", """{"mail":"ann.peeters@example.be","jobTitle":"Directrice financière"}""", Answer(200, Done(promoted)));
        }, default);
        var users = await ReadAsync(N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
        Assert.Equal(2, users.Count);
    }

    [Fact]
    public async Task AnAcknowledgedWrite_KeepsTheCachedListsSizeInBytes()
    {
        await ReadAsync(N2fList.Users);
        const string promoted = """{"mail":"ann.peeters@example.be","firstname":"Ann","lastname":"Peeters","company":"c-1","jobTitle":"Directrice financière"}""";

        Post("users", """{"mail":"ann.peeters@example.be","jobTitle":"Directrice financière"}""", Answer(200, Done(promoted)));

        var chloe = FakeListSource.User("chloe.o'neil@example.be", "Juriste");
        Assert.Equal(Encoding.UTF8.GetByteCount(chloe) + Encoding.UTF8.GetByteCount(promoted), _store.Size().CacheBytes);
    }

    [Fact]
    public async Task RefusedWrite_DropsTheList()
    {
        await ReadAsync(N2fList.Users);

        Post("users", """{"mail":"marc.dupont@example.be","culture":"français"}""", Answer(400, """{"response":{"result":0,"message":"culture 'français' must be a 2-letter code"}}"""));
        await ReadAsync(N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task WriteWithNoKnownOutcome_DropsTheList()
    {
        await ReadAsync(N2fList.Users);

        Post("users", """{"mail":"ann.peeters@example.be"}""", null);
        await ReadAsync(N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task AnswerWithoutTheObject_DropsTheList()
    {
        await ReadAsync(N2fList.Users);

        Post("users", """{"mail":"ann.peeters@example.be"}""", Answer(200, """{"response":{"result":1,"message":"User updated."}}"""));
        await ReadAsync(N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task WriteSentButNotAnswered_TheProcessDied_ListAnswersNoRead()
    {
        await ReadAsync(N2fList.Users);

        _tracker.Sending("POST", "users");
        await ReadAsync(N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task WriteToAnotherList_LeavesThisOneAlone()
    {
        await ReadAsync(N2fList.Users);

        Post(Plates, """{"code":"1-XYZ-999"}""", Answer(400, "{}"));
        await ReadAsync(N2fList.Users);

        Assert.Equal(1, _n2f.ReadsOf("users"));
    }

    [Theory]
    [InlineData("POST", "users", "users", null)]
    [InlineData("DELETE", "users/Ann.Peeters%40Example.be", "users", "ann.peeters@example.be")]
    [InlineData("POST", "companies/c-1/axes/projects", "companies/c-1/axes/projects", null)]
    [InlineData("DELETE", "companies/c-1/axes/projects/%20PRJ-001", "companies/c-1/axes/projects", "PRJ-001")]
    public void WritePath_NamesTheListItChangesAndTheKey(string method, string path, string list, string? key)
    {
        var write = N2fWritePath.Parse(method, path)!;

        Assert.Equal((list, key), (write.ListPath, write.Key));
    }

    [Fact]
    public void WritePath_OfNoCachedList_IsNone() => Assert.Null(N2fWritePath.Parse("POST", "auth"));
}
