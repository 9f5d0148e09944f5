using Microsoft.Extensions.Time.Testing;
using N2fSync.N2f;
using N2fSync.N2f.Cache;
using N2fSync.Store;
using N2fSync.Tests.Support;

namespace N2fSync.Tests.N2f.Cache;

/// <summary>The cache in front of N2F reads: a list read once answers later reads until the TTL, per origin, never half.</summary>
public sealed class CachedN2fListSourceTests : IDisposable
{
    private const string Origin = "https://sandbox.n2f.com/services/api/v2/ client-42";
    private static readonly DateTimeOffset Night = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly SyncStore _store;
    private readonly FakeTimeProvider _clock = new(Night);
    private readonly FakeListSource _n2f = new FakeListSource()
        .With("users", FakeListSource.User("ann.peeters@example.be", "Comptable"), FakeListSource.User("Chloe.ONeil@Example.be", "Juriste"))
        .With("companies", """{"uuid":"c-1","code":"BE01","name":"Acme Belgique"}""");

    public CachedN2fListSourceTests() => _store = SyncStore.Open(_folder.File("store.db"), Fixtures.Target);

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private CachedN2fListSource Cache(Func<N2fList, bool>? fresh = null, string origin = Origin, int ttlMinutes = 60) =>
        new(_n2f, _store.Cache, origin, TimeSpan.FromMinutes(ttlMinutes), _clock, fresh);

    private static async Task<List<string>> ReadAsync(IN2fListSource source, N2fList list)
    {
        var items = new List<string>();
        await source.ReadAsync(list, item => items.Add(item.GetRawText()), default);
        return items;
    }

    [Fact]
    public async Task ReadTwiceWithinTheTtl_SecondIsAnsweredFromTheStoreWithTheSameItems()
    {
        var cache = Cache();

        var first = await ReadAsync(cache, N2fList.Users);
        var second = await ReadAsync(cache, N2fList.Users);

        Assert.Equal(first, second);
        Assert.Equal(1, _n2f.ReadsOf("users"));
        Assert.Equal((1, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public async Task NextInvocation_SameStore_IsAnsweredFromTheStore()
    {
        await ReadAsync(Cache(), N2fList.Users);

        var later = Cache();
        await ReadAsync(later, N2fList.Users);

        Assert.Equal(1, _n2f.ReadsOf("users"));
        Assert.Equal(1, later.Hits);
    }

    [Fact]
    public async Task ReadAfterTheTtl_GoesToN2f()
    {
        var cache = Cache(ttlMinutes: 60);
        await ReadAsync(cache, N2fList.Users);

        _clock.Advance(TimeSpan.FromMinutes(61));
        await ReadAsync(cache, N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task TtlOfZero_NeverAnswersFromTheStore()
    {
        var cache = Cache(ttlMinutes: 0);
        await ReadAsync(cache, N2fList.Users);
        await ReadAsync(cache, N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task AnotherOrigin_DoesNotShareTheList()
    {
        await ReadAsync(Cache(), N2fList.Users);

        await ReadAsync(Cache(origin: "https://www.n2f.com/services/api/v2/ client-42"), N2fList.Users);

        Assert.Equal(2, _n2f.ReadsOf("users"));
    }

    [Fact]
    public async Task ListToReadFresh_GoesToN2fWhileReferenceListsComeFromTheCache_AndRefreshesTheCache()
    {
        await ReadAsync(Cache(), N2fList.Users);
        await ReadAsync(Cache(), N2fList.Companies);
        _n2f.With("users", FakeListSource.User("ann.peeters@example.be", "Directrice financière"));

        var sync = Cache(fresh: list => list.IsKeyed);
        var fresh = await ReadAsync(sync, N2fList.Users);
        await ReadAsync(sync, N2fList.Companies);
        var afterwards = await ReadAsync(Cache(), N2fList.Users);

        Assert.Contains("Directrice financi", Assert.Single(fresh));
        Assert.Equal(fresh, afterwards);
        Assert.Equal((2, 1), (_n2f.ReadsOf("users"), _n2f.ReadsOf("companies")));
        Assert.Equal((1, 1), (sync.Hits, sync.Misses));
    }

    [Fact]
    public async Task ReadFailingHalfWay_LeavesNoHalfListBehind()
    {
        _n2f.FailAfter = ("users", 1);
        await Assert.ThrowsAsync<N2fApiException>(() => ReadAsync(Cache(), N2fList.Users));

        _n2f.FailAfter = null;
        var items = await ReadAsync(Cache(), N2fList.Users);

        Assert.Equal(2, items.Count);
        Assert.Equal(2, _n2f.ReadsOf("users"));
    }
}
