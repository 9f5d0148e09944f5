namespace N2fSync.N2f.Http;

/// <summary>One HTTP answer as the client keeps it: status, body (pooled, already cleared of secrets), Retry-After, time taken.</summary>
internal sealed record N2fAnswer(int Status, N2fBody Body, TimeSpan? RetryAfter, TimeSpan Elapsed)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The body as text, the buffer returned to the pool.</summary>
    public string TakeText()
    {
        using (Body) return Body.Text();
    }
}
