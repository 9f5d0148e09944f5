

namespace N2fSync.Emulator;

/// <summary>
/// Behaviour of a running emulator. Read on every request, so tests may change any property while it runs
/// (each property is a single read or write, which is all the consistency a test needs).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Loopback port to bind; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>How long a token from <c>POST auth</c> stays valid (N2F: about an hour).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Culture of the role and profile names in user answers: N2F answers in the API account's language, which is
    /// not always French, hence Dutch by default.
    /// </summary>
    public string AnswerCulture { get; set; } = "nl";

    /// <summary>The largest <c>limit</c> a paged read accepts; larger answers 400.</summary>
    public int MaxPageSize { get; set; } = 200;

    /// <summary>Null: no quota.</summary>
    public QuotaOptions? Quota { get; set; }

    public FaultOptions Faults { get; set; } = new();

    public DateStyle DateStyle { get; set; } = DateStyle.Utc;

    /// <summary>Extra delay before each API answer, to simulate a slow server (timeouts, overlap detection).</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Send <c>Retry-After</c> as an HTTP date instead of seconds (N2F may do either, decisions.md §19).</summary>
    public bool RetryAfterAsHttpDate { get; set; }

    /// <summary>Accepted for parity with the client's configuration; the emulator behaves the same either way.</summary>
    public bool Sandbox { get; set; }

    /// <summary>Clock for token validity, quota windows and timestamps; a fake one makes expiry tests instant.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
