namespace N2fSync.Sync.Apply;

/// <summary>The writes of unknown outcome of a scope, settled, in the order given (plan order: managers first).</summary>
public sealed class Settlement(IReadOnlyList<SettledChange> changes, int listsRead)
{
    public IReadOnlyList<SettledChange> Changes { get; } = changes;

    /// <summary>Lists read back from N2F to settle them (users: one; axis values: one per company and axis).</summary>
    public int ListsRead { get; } = listsRead;

    /// <summary>Writes that landed: final, no write spent.</summary>
    public IReadOnlyList<SettledChange> Landed => Changes.Where(c => !c.MustResend).ToList();

    /// <summary>Writes to send again, in plan order.</summary>
    public IReadOnlyList<N2fChange> ToResend => Changes.Where(c => c.MustResend).Select(c => c.Change).ToList();
}
