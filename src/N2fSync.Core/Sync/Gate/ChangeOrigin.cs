namespace N2fSync.Sync.Gate;

/// <summary>Where a change handed to the write gate comes from. Every origin passes the same rules.</summary>
public enum ChangeOrigin
{
    /// <summary>Planned by this run (Sync-N2fScope -Scope) against the source it just read.</summary>
    Planned,
    /// <summary>A live change from Compare-N2fPayload in the same session, piped in.</summary>
    Piped,
    /// <summary>A saved plan read back (Export-Clixml then Import-Clixml): a reviewed plan; its guard holds are released.</summary>
    Reviewed,
    /// <summary>Anything else with the shape of a change (a hand-made object, a CSV row).</summary>
    HandMade,
}
