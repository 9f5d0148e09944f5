namespace N2fSync.Agresso;

/// <summary>
/// One read of a scope's source by Get-AgressoEntity: every row it emits carries it, with the number of rows per company,
/// and it is marked complete only when the read ran to its end. Compare-N2fPayload plans the deletes of a company only
/// when it received all of that company's rows of a complete read: a pipeline cut short (Select-Object -First), a
/// hand-made CSV or a filtered list is not the source, and must never delete the people it left out.
/// </summary>
public sealed class SourceRead
{
    private readonly Dictionary<string, int> _rowsByCompany = new(StringComparer.OrdinalIgnoreCase);

    public SourceRead(string scope) => Scope = scope;

    public string Id { get; } = Guid.NewGuid().ToString("N").Substring(0, 12);
    public string Scope { get; }

    /// <summary>True once every row of the source was read and emitted.</summary>
    public bool IsComplete { get; private set; }

    public int Rows { get; private set; }

    /// <summary>Rows of a company in this read.</summary>
    public int RowsOf(string company) => _rowsByCompany.TryGetValue(company.Trim(), out var n) ? n : 0;

    internal void Count(AgressoEntity entity)
    {
        Rows++;
        var company = entity.Company.Trim();
        _rowsByCompany[company] = _rowsByCompany.TryGetValue(company, out var n) ? n + 1 : 1;
        entity.Read = this;
    }

    internal void Complete() => IsComplete = true;

    public override string ToString() => $"{Scope} read {Id}: {Rows} row(s){(IsComplete ? "" : ", incomplete")}";
}
