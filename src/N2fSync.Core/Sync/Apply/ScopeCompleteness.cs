using System.Globalization;

namespace N2fSync.Sync.Apply;

/// <summary>How much of a scope's source could be synced: valid rows ÷ rows (a row with a blocking data-quality issue is not valid).</summary>
public sealed class ScopeCompleteness
{
    public string Scope { get; init; } = "";
    public int Rows { get; init; }
    public int ValidRows { get; init; }

    /// <summary>Valid rows ÷ rows, from 0 to 1; 1 for an empty source (nothing was wrong with it).</summary>
    public double Ratio => Rows == 0 ? 1 : (double)ValidRows / Rows;

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}/{2} rows valid ({3:0.#} %)", Scope, ValidRows, Rows, 100 * Ratio);
}
