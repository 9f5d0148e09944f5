namespace N2fSync.Health;

/// <summary>One check of Test-N2fConnection. Checks run in order and share what they found through the context.</summary>
internal interface IConnectionCheck
{
    string Name { get; }

    Task<CheckVerdict> RunAsync(ConnectionTestContext context, CancellationToken cancellationToken);
}
