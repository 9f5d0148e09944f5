namespace N2fSync.Store;

/// <summary>
/// What an erasure removed from a store for one person (Remove-N2fSyncPersonalData), place by place. Rows that were
/// the person's own are deleted; rows about someone else that named the person (as their manager, in a message)
/// keep their place and have the address replaced. Run records and their counts are not touched.
/// </summary>
public sealed class PersonalDataErasure
{
    /// <summary>The person's key as the store files it: the trimmed, lower-cased e-mail.</summary>
    public string Key { get; init; } = "";

    /// <summary>The store file the erasure ran on.</summary>
    public string StorePath { get; init; } = "";

    /// <summary>True once the store holds nothing of the person; false for a count of what would go (<see cref="PersonalDataEraser.Preview"/>).</summary>
    public bool Erased { get; init; }

    /// <summary>Journal rows of the person: their changes with the field values (names, titles, numbers) before and after.</summary>
    public int JournalRows { get; init; }

    /// <summary>Journal rows of other people that named the person (e.g. as manager): the address is replaced.</summary>
    public int JournalMentions { get; init; }

    /// <summary>The person's entries in the failed-key queue.</summary>
    public int FailedKeys { get; init; }

    /// <summary>Failed-key entries of others whose N2F message named the person: the address is replaced.</summary>
    public int FailedKeyMentions { get; init; }

    /// <summary>Data-quality rows of the person's source rows (with the offending values).</summary>
    public int DataIssueRows { get; init; }

    /// <summary>Data-quality rows of others whose value or message named the person: the address is replaced.</summary>
    public int DataIssueMentions { get; init; }

    /// <summary>Cached N2F lists that held the person (their user, or a user naming them) and were dropped whole, by path.</summary>
    public IReadOnlyList<string> CachedLists { get; init; } = [];

    /// <summary>Items of those lists that mentioned the person.</summary>
    public int CachedItems { get; init; }

    /// <summary>Rows deleted or rewritten, and lists dropped.</summary>
    public int Total => JournalRows + JournalMentions + FailedKeys + FailedKeyMentions + DataIssueRows + DataIssueMentions
                        + CachedLists.Count;

    public override string ToString() =>
        (Erased ? $"Erased {Key}: " : $"Would erase {Key}: ")
        + (Total == 0
            ? "the store holds nothing about this person."
            : $"{JournalRows} journal row(s), {FailedKeys} failed key(s), {DataIssueRows} data-quality row(s) removed; "
              + $"{JournalMentions + FailedKeyMentions + DataIssueMentions} mention(s) in other rows replaced; "
              + (CachedLists.Count == 0 ? "no cached list held them." : $"cached list(s) dropped: {string.Join(", ", CachedLists)}."));
}
