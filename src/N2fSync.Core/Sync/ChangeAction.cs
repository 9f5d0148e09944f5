

namespace N2fSync.Sync;

/// <summary>What a change asks of N2F.</summary>
public enum ChangeAction
{
    /// <summary>The key is in the source, not in N2F.</summary>
    Create,
    /// <summary>The key is on both sides and a sent field differs.</summary>
    Update,
    /// <summary>The key is in N2F, within the managed set, and no longer in the source.</summary>
    Delete,
    /// <summary>Both sides agree (emitted only on request).</summary>
    None,
    /// <summary>The source row was rejected by a data-quality check: nothing is sent and its key is protected.</summary>
    Skip,
}
