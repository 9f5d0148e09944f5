using System.Globalization;
using System.Text;
using N2fSync.N2f.Quota;
using N2fSync.Platform;

namespace N2fSync.N2f.Http;

/// <summary>
/// One call in flight per N2F API client, also across processes: a Compare-N2fPayload at the prompt during a scheduled
/// Sync-N2fScope waits its turn instead of making N2F see two calls at once. An OS file lock held around each call
/// (released by the OS if a process dies). The file also carries the calls each process made in the last quota window,
/// so the others count them against the same quota and no process provokes a 429 for another.
/// </summary>
public sealed class ClientCallLock(string path, TimeSpan window, TimeProvider? time = null)
{
    // Who wrote a line: one id per client (a process, in practice), so its own calls are not counted twice.
    private readonly string _id = Guid.NewGuid().ToString("N").Substring(0, 8);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private long _lastForeignTicks;

    /// <summary>The lock file of an API client (one per base URL and client id) in <paramref name="folder"/>.</summary>
    public static string PathFor(string folder, N2fTarget target)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(target.Origin.ToUpperInvariant()));
        return System.IO.Path.Combine(folder, "calls-" + string.Concat(hash.Take(6).Select(b => b.ToString("x2", CultureInfo.InvariantCulture))) + ".lock");
    }

    /// <summary>Waits until no other process has a call in flight to this client, then holds the turn until disposed.</summary>
    public async Task<Turn> AcquireAsync(CancellationToken cancellationToken)
    {
        OwnerOnlyFiles.PrepareFile(path);
        var random = new Random();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return new Turn(this, stream);
            }
            catch (IOException)
            {
                // Another process is in a call: calls last milliseconds to seconds, so a short wait is enough.
                await Task.Delay(random.Next(2, 12), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A process's turn: the calls others made recently, and where this one records its own.</summary>
    public sealed class Turn : IDisposable
    {
        private readonly ClientCallLock _owner;
        private readonly FileStream _stream;
        private readonly List<(string Client, CallKind Kind, long Ticks)> _recent = [];
        private readonly List<(CallKind Kind, DateTimeOffset At)> _foreign = [];
        private bool _changed;

        internal Turn(ClientCallLock owner, FileStream stream)
        {
            (_owner, _stream) = (owner, stream);
            var since = (owner._time.GetUtcNow() - owner.Kept).UtcTicks;
            using var reader = new StreamReader(stream, Encoding.UTF8, false, 4096, leaveOpen: true);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var parts = line.Split(' ');
                if (parts.Length != 3 || !Enum.TryParse<CallKind>(parts[1], out var kind)
                    || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)) continue;
                if (ticks < since) { _changed = true; continue; }
                _recent.Add((parts[0], kind, ticks));
                if (parts[0] != owner._id && ticks > owner._lastForeignTicks)
                {
                    _foreign.Add((kind, new DateTimeOffset(ticks, TimeSpan.Zero)));
                    owner._lastForeignTicks = ticks;
                }
            }
        }

        /// <summary>Calls other processes made to this client since this process last looked (they count against its quota).</summary>
        public IReadOnlyList<(CallKind Kind, DateTimeOffset At)> ForeignCalls => _foreign;

        /// <summary>A call of this process was answered (or may have reached N2F) at <paramref name="at"/>.</summary>
        public void Record(CallKind kind, DateTimeOffset at)
        {
            _recent.Add((_owner._id, kind, at.UtcTicks));
            _changed = true;
        }

        public void Dispose()
        {
            try
            {
                if (!_changed) return;
                var text = new StringBuilder();
                foreach (var (client, kind, ticks) in _recent)
                    text.Append(client).Append(' ').Append(kind).Append(' ')
                        .Append(ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
                var bytes = Encoding.UTF8.GetBytes(text.ToString());
                _stream.SetLength(0);
                _stream.Write(bytes, 0, bytes.Length);
                _stream.Flush();
            }
            finally
            {
                _stream.Dispose();
            }
        }
    }

    // Two windows: enough for any limiter to see what still counts, small enough to rewrite at every call.
    private TimeSpan Kept => window + window;
}
