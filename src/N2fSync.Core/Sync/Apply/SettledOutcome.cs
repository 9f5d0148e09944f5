namespace N2fSync.Sync.Apply;

/// <summary>What reading N2F back said about a write whose answer was lost.</summary>
public enum SettledOutcome
{
    /// <summary>N2F holds what the write sent (a deleted key is absent): done, no write needed.</summary>
    Landed,

    /// <summary>N2F does not hold it: the write must be sent again.</summary>
    NotLanded,

    /// <summary>Not read back: sending the scope's few unknown writes again costs less quota than reading the list.</summary>
    Resend,
}
