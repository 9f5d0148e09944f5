

namespace N2fSync.Emulator;

/// <summary>One API request as the emulator answered it (admin calls under <c>/_emulator/</c> are not recorded).</summary>
public sealed record RecordedRequest
{
    public DateTimeOffset At { get; init; }

    public required string Method { get; init; }

    /// <summary>The full decoded path, e.g. <c>/services/api/v2/users</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The query string without its leading '?', e.g. <c>start=0&amp;limit=200</c>; empty when none.</summary>
    public string Query { get; init; } = "";

    /// <summary>The status answered; 0 when the connection was aborted instead (dropped or lost answer).</summary>
    public int Status { get; init; }

    /// <summary>
    /// A write handled (applied, when this is 2xx) whose answer was then lost on the way back: the status it had. Null
    /// for any other request. A dropped connection is not handled: its write was not applied.
    /// </summary>
    public int? LostAnswerStatus { get; init; }

    /// <summary>A write N2F applied: answered 2xx, or handled with 2xx and its answer lost.</summary>
    public bool Applied => IsWrite && (Status is >= 200 and < 300 || LostAnswerStatus is >= 200 and < 300);

    public double DurationMs { get; init; }

    /// <summary>POST, PUT, PATCH or DELETE other than <c>POST auth</c>: what N2F's write quota counts.</summary>
    public bool IsWrite { get; init; }

    /// <summary>A call to <c>auth</c>.</summary>
    public bool IsAuth { get; init; }
}
