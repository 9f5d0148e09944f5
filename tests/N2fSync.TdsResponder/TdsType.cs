namespace N2fSync.TdsResponder;

/// <summary>The SQL Server column types the responder serves (each sent as its nullable TDS form).</summary>
public enum TdsType
{
    /// <summary>nvarchar(n): NVARCHARTYPE 0xE7, UTF-16.</summary>
    NVarChar,
    /// <summary>int: INTNTYPE 0x26, length 4.</summary>
    Int,
    /// <summary>float: FLTNTYPE 0x6D, length 8.</summary>
    Float,
    /// <summary>datetime: DATETIMNTYPE 0x6F, days since 1900-01-01 and 1/300 s since midnight.</summary>
    DateTime,
    /// <summary>bit: BITNTYPE 0x68, length 1.</summary>
    Bit,
}
