using System.Text.Json;
using System.Text.RegularExpressions;
using N2fSync.Agresso.Normalization;
using N2fSync.Mapping;
using N2fSync.Normalization;
using N2fSync.Sync;

namespace N2fSync.Store;

/// <summary>
/// Erases one person from a store, for an erasure request: their journal rows (changes with field values), their
/// failed-key entries and data-quality rows are deleted; rows about other people that name them (as manager, in N2F's
/// message) keep their place with the address replaced; every cached N2F list that holds them is dropped whole, since
/// a cached list missing one user would plan that user as new. Run records and their counts stay. The file is
/// rebuilt afterwards, so the person is not left in free pages or the write-ahead log.
/// The caller holds the run lock: a run writing at the same time could record the person again.
/// </summary>
public sealed class PersonalDataEraser(SyncStore store)
{
    /// <summary>What replaces the address where a row about someone else named the person.</summary>
    public const string Replacement = "(erased)";

    /// <summary>The key the store files the person under, or an <see cref="ArgumentException"/> when it is not an e-mail address.</summary>
    public static string KeyOf(string mail)
    {
        var key = Text.CleanEmail(mail);
        // A whole address only: a fragment such as "ann" would match, and erase, other people's addresses.
        if (!Text.IsValidEmail(key))
            throw new ArgumentException($"'{mail}' is not an e-mail address; personal data is erased by a person's whole address.", nameof(mail));
        return key;
    }

    /// <summary>Counts what <see cref="Erase"/> would remove, changing nothing.</summary>
    public PersonalDataErasure Preview(string mail) => Run(KeyOf(mail), erase: false);

    public PersonalDataErasure Erase(string mail) => Run(KeyOf(mail), erase: true);

    private PersonalDataErasure Run(string key, bool erase)
    {
        var mention = new Mention(key);
        var journal = Mentions("journal", ["differences", "message"], mention);
        var failed = Mentions("failed_keys", ["message"], mention);
        var issues = Mentions("data_issues", ["value", "message"], mention);
        var lists = ListsHolding(mention);
        var result = new PersonalDataErasure
        {
            Key = key,
            StorePath = store.Path,
            Erased = erase,
            JournalRows = Count("journal", key),
            JournalMentions = journal.Count,
            FailedKeys = Count("failed_keys", key),
            FailedKeyMentions = failed.Count,
            DataIssueRows = Count("data_issues", key),
            DataIssueMentions = issues.Count,
            CachedLists = lists.Select(l => l.Path).ToList(),
            CachedItems = lists.Sum(l => l.Items),
        };
        if (!erase || result.Total == 0) return result;

        store.Database.InTransaction(transaction =>
        {
            foreach (var table in new[] { "journal", "failed_keys", "data_issues" })
                transaction.Execute($"DELETE FROM {table} WHERE {Own}", ("$key", key));
            Rewrite(transaction, "journal", ["differences", "message"], journal);
            Rewrite(transaction, "failed_keys", ["message"], failed);
            Rewrite(transaction, "data_issues", ["value", "message"], issues);
            foreach (var list in lists)
            {
                transaction.Execute("DELETE FROM cache_items WHERE list_id = $id", ("$id", list.Id));
                transaction.Execute("DELETE FROM cache_lists WHERE id = $id", ("$id", list.Id));
            }
        });
        // A delete leaves the old content in free pages and in the write-ahead log: the file is rebuilt from its live
        // rows, then the log is copied into it and emptied, so no copy of the person is left behind.
        store.Database.Execute("VACUUM");
        store.Database.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        return result;
    }

    // Keys are filed lower-cased; lower() also covers a row written by hand or by an older version.
    private const string Own = "lower(key) = $key";

    private int Count(string table, string key) =>
        store.Database.Query($"SELECT COUNT(*) FROM {table} WHERE {Own}", r => r.Read() ? r.GetInt32(0) : 0, ("$key", key));

    /// <summary>Rows of others naming the person, with each column as it will read once the address is replaced.</summary>
    private List<(long RowId, string?[] Values)> Mentions(string table, string[] columns, Mention mention)
    {
        var (where, parameters) = mention.Like(columns);
        var candidates = store.Database.Query(
            $"SELECT rowid, {string.Join(", ", columns)} FROM {table} WHERE NOT coalesce({Own}, 0) AND ({where})",
            r =>
            {
                var rows = new List<(long, string?[])>();
                while (r.Read())
                    rows.Add((r.GetInt64(0), columns.Select((_, i) => r.IsDBNull(i + 1) ? null : r.GetString(i + 1)).ToArray()));
                return rows;
            }, [.. parameters, ("$key", mention.Key)]);
        var found = new List<(long, string?[])>();
        foreach (var (rowId, values) in candidates)
        {
            var replaced = values.Select((v, i) => columns[i] == "differences" ? mention.ReplaceInDifferences(v) : mention.Replace(v)).ToArray();
            // LIKE also finds the address inside a longer one (joann@ for ann@): only a whole address counts.
            if (!replaced.SequenceEqual(values)) found.Add((rowId, replaced));
        }
        return found;
    }

    private static void Rewrite(StoreTransaction transaction, string table, string[] columns, List<(long RowId, string?[] Values)> rows)
    {
        var set = string.Join(", ", columns.Select((c, i) => $"{c} = $v{i}"));
        foreach (var (rowId, values) in rows)
            transaction.Execute($"UPDATE {table} SET {set} WHERE rowid = $id",
                [("$id", rowId), .. values.Select((v, i) => ($"$v{i}", (object?)v))]);
    }

    /// <summary>Cached lists with an item that is the person or names them; a list is dropped whole, so a loose match costs a re-read, never a wrong plan.</summary>
    private List<(long Id, string Path, int Items)> ListsHolding(Mention mention)
    {
        var (where, parameters) = mention.Like(["i.json"]);
        return store.Database.Query(
            $"""
            SELECT l.id, l.path, COUNT(*) FROM cache_lists l JOIN cache_items i ON i.list_id = l.id
            WHERE i.item_key = $key OR {where} GROUP BY l.id, l.path ORDER BY l.id
            """,
            r =>
            {
                var lists = new List<(long, string, int)>();
                while (r.Read()) lists.Add((r.GetInt64(0), r.GetString(1), r.GetInt32(2)));
                return lists;
            }, [.. parameters, ("$key", mention.Key)]);
    }

    /// <summary>How an address appears in stored text: as written, or escaped by a JSON writer (o'neil as o\u0027neil).</summary>
    private sealed class Mention(string key)
    {
        private readonly Regex _whole = new(
            @"(?<![\p{L}\p{N}._+\-])" + Regex.Escape(key) + @"(?![\p{L}\p{N}_\-]|\.[\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public string Key { get; } = key;

        private IEnumerable<string> Forms => new[] { Key, JsonEncodedText.Encode(Key).ToString() }.Distinct(StringComparer.Ordinal);

        /// <summary>A LIKE filter (ASCII case-insensitive) matching any column that contains any form of the address.</summary>
        public (string Where, (string, object?)[] Parameters) Like(string[] columns)
        {
            var patterns = Forms.Select((f, i) => ($"$p{i}", (object?)("%" + f.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%")))
                .ToArray();
            var where = string.Join(" OR ", columns.SelectMany(c => patterns.Select(p => $"{c} LIKE {p.Item1} ESCAPE '\\'")));
            return (where, patterns);
        }

        public string? Replace(string? text) => text is null ? null : _whole.Replace(text, Replacement);

        /// <summary>Differences are JSON: replaced in the decoded values, then written back.</summary>
        public string? ReplaceInDifferences(string? json)
        {
            if (json is null) return null;
            var differences = DifferencesJson.Read(json);
            var replaced = differences.Select(d => new FieldDifference(d.Field, ReplaceValue(d.N2fValue), ReplaceValue(d.AgressoValue))).ToList();
            var changed = differences.Zip(replaced, (a, b) => !Equals(a.N2fValue, b.N2fValue) || !Equals(a.AgressoValue, b.AgressoValue)).Any(c => c);
            return changed ? DifferencesJson.Write(replaced) : json;
        }

        private object? ReplaceValue(object? value) => value switch
        {
            string s => Replace(s),
            IEnumerable<CultureName> names => names.Any(n => Replace(n.Value) != n.Value)
                ? names.Select(n => new CultureName(n.Culture, Replace(n.Value)!)).ToList()
                : value,
            _ => value,
        };
    }
}
