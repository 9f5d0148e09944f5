using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// Runs the core's async work off the pipeline thread and brings everything it has to say back onto that thread, the
/// only one allowed to write to PowerShell's streams. The pipeline thread blocks on a queue of actions and returns the
/// moment the work completes: no polling, so a write that logs nothing costs nothing extra. A failure while writing
/// (the pipeline being stopped) cancels the work and is rethrown once the work has ended.
/// </summary>
internal sealed class PipelineDispatcher(Action cancelWork)
{
    // Bounded: a producer faster than the pipeline waits instead of filling memory (a stream of 100 000 users).
    private const int Capacity = 1000;
    private readonly object _gate = new();
    private readonly ConcurrentQueue<Action> _backlog = new();
    private int _pipelineThread = -1;
    private BlockingCollection<Action>? _queue;

    /// <summary>Remembers the calling thread as the pipeline thread (PowerShell calls Begin/Process/End on it).</summary>
    public void Attach() => _pipelineThread = Environment.CurrentManagedThreadId;

    private bool OnPipelineThread => Environment.CurrentManagedThreadId == _pipelineThread;

    /// <summary>Runs <paramref name="action"/> on the pipeline thread: now when called there, else queued.</summary>
    public void Post(Action action)
    {
        if (OnPipelineThread)
        {
            action();
            return;
        }
        BlockingCollection<Action>? queue;
        lock (_gate) queue = _queue;
        try
        {
            if (queue is not null)
            {
                queue.Add(action);
                return;
            }
        }
        catch (InvalidOperationException)
        {
            // The work just completed: what arrives late waits for the next drain.
        }
        _backlog.Enqueue(action);
    }

    /// <summary>Runs <paramref name="func"/> on the pipeline thread and waits for its answer (a confirmation prompt).</summary>
    public T Invoke<T>(Func<T> func)
    {
        if (OnPipelineThread) return func();
        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(() =>
        {
            try { answer.SetResult(func()); }
            catch (Exception e) { answer.SetException(e); throw; }
        });
        return answer.Task.GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool while the pipeline thread carries out what it posts.</summary>
    public T Run<T>(Func<Task<T>> work)
    {
        using var queue = new BlockingCollection<Action>(Capacity);
        lock (_gate) _queue = queue;
        Exception? writeFailure = null;
        var task = Task.Run(work);
        _ = task.ContinueWith(_ =>
        {
            lock (_gate)
            {
                _queue = null;
                queue.CompleteAdding();
            }
        }, TaskScheduler.Default);
        Drain();
        foreach (var action in queue.GetConsumingEnumerable())
        {
            if (writeFailure is not null) continue;
            try
            {
                action();
            }
            catch (Exception e)
            {
                writeFailure = e;
                cancelWork();
            }
        }
        Drain();
        // A failure to write (the pipeline stopping) explains why the work was cancelled: it is the one to surface.
        if (writeFailure is not null)
        {
            try { task.GetAwaiter().GetResult(); }
            catch (Exception) { /* cancelled because of the write failure */ }
            ExceptionDispatchInfo.Capture(writeFailure).Throw();
        }
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Carries out what was posted while no work was running (call on the pipeline thread).</summary>
    public void Drain()
    {
        while (_backlog.TryDequeue(out var action)) action();
    }
}
