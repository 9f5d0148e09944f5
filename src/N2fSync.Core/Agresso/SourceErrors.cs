

namespace N2fSync.Agresso;

/// <summary>
/// Wraps whatever a driver or file throws into an <see cref="AgressoSourceException"/> that names the provider, the
/// location, the view and the step. C# iterators cannot catch around <c>yield return</c>, so each step runs here.
/// </summary>
internal sealed class SourceErrors(string provider, string location, string view, Func<string, string> redact)
{
    public T Guard<T>(string step, CancellationToken cancellationToken, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (AgressoSourceException)
        {
            throw;
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            // The driver's own "operation cancelled" error is the caller's cancellation, not a source failure.
            throw new OperationCanceledException("The read was cancelled.", ex, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = redact(ex.Message);
            // Keep the driver's exception for diagnosis, unless its text held a secret: ToString() would show it.
            var inner = reason == ex.Message ? ex : null;
            throw new AgressoSourceException($"{provider} source ({location}), view '{view}': {step}: {reason}", inner);
        }
    }
}
