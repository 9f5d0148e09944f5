using System.Management.Automation;
using N2fSync.Commands.Errors;
using N2fSync.Config;
using N2fSync.Session;

namespace N2fSync.Commands.Hosting;

/// <summary>
/// What every N2fSync cmdlet shares: -ConfigPath, loading the config, a session per invocation, cancellation on
/// Ctrl+C, and running the core's async work while relaying its messages on the pipeline thread.
/// </summary>
public abstract class N2fCmdlet : PSCmdlet, IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private CancellationTokenSource? _cts;

    protected N2fCmdlet()
    {
        Dispatcher = new PipelineDispatcher(() => _cts?.Cancel());
        Log = new PipelineLog(Dispatcher, WriteVerbose, WriteWarning);
    }

    /// <summary>Brings the core's messages and results from its threads onto the pipeline thread.</summary>
    private protected PipelineDispatcher Dispatcher { get; }

    private protected PipelineLog Log { get; }

    /// <summary>
    /// <para type="description">Path of the YAML configuration. Default: $env:N2FSYNC_CONFIG, else ./n2fsync.yaml.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ConfigPath { get; set; }

    private protected CancellationToken Cancellation => (_cts ??= new CancellationTokenSource()).Token;

    protected override void StopProcessing() => _cts?.Cancel();

    /// <summary>Loads the config or ends the command with a terminating error naming the problem.</summary>
    private protected N2fSyncConfig LoadConfig(bool readsSource = true)
    {
        Dispatcher.Attach();
        var path = ResolveConfigPath();
        var result = ConfigLoader.Validate(path);
        // A cmdlet that never reads the source (history, cache) has no use for warnings about it.
        foreach (var warning in result.Warnings.Where(w => readsSource || !w.Key.StartsWith("source", StringComparison.OrdinalIgnoreCase)))
            WriteWarning(warning.ToString());
        if (!result.IsValid) ThrowTerminatingError(ErrorRecordFactory.Config(new ConfigException(result.Issues), path));
        return result.Config!;
    }

    private protected string ResolveConfigPath()
    {
        var path = ConfigPath;
        if (string.IsNullOrEmpty(path)) path = Environment.GetEnvironmentVariable("N2FSYNC_CONFIG");
        if (string.IsNullOrEmpty(path)) path = "n2fsync.yaml";
        return GetUnresolvedProviderPathFromPSPath(path);
    }

    /// <summary>Runs async core work to completion, writing what it posts (messages, results) as it arrives.</summary>
    private protected T Run<T>(Func<CancellationToken, Task<T>> work)
    {
        Dispatcher.Attach();
        var token = Cancellation;
        try
        {
            return Dispatcher.Run(() => work(token));
        }
        catch (Store.StoreException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.Store(e));
            throw;
        }
    }

    private protected void Run(Func<CancellationToken, Task> work) => Run(async ct =>
    {
        await work(ct).ConfigureAwait(false);
        return true;
    });

    /// <summary>Runs an async producer and writes each item it yields to the pipeline as it comes.</summary>
    private protected void Stream<T>(Func<Action<T>, CancellationToken, Task> producer, Action<T> write) => Run(async ct =>
    {
        await producer(item => Dispatcher.Post(() => write(item)), ct).ConfigureAwait(false);
        return true;
    });

    protected override void EndProcessing() => Dispatcher.Drain();

    private protected SyncSession CreateSession(N2fSyncConfig config) => Own(new SyncSession(config, Log));

    /// <summary>The store of a config for the history cmdlets, which only read: null when none exists yet (none is created).</summary>
    private protected Store.SyncStore? OpenStore(N2fSyncConfig config, out string path)
    {
        try
        {
            return StoreAccess.OpenExisting(config, out path);
        }
        catch (Store.StoreException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.Store(e));
            throw;
        }
    }

    /// <summary>Disposed with the cmdlet, also when the pipeline is stopped and EndProcessing never runs.</summary>
    private protected T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>PowerShell calls this after the pipeline ends, stopped or not: releases the store, its lock and the client.</summary>
    public void Dispose()
    {
        OnDisposing();
        // Last in, first out: a run is released before the session whose store it uses.
        for (var i = _owned.Count - 1; i >= 0; i--) _owned[i].Dispose();
        _owned.Clear();
        _cts?.Dispose();
    }

    /// <summary>Last words before disposal (e.g. recording a stopped run).</summary>
    private protected virtual void OnDisposing() { }

    /// <summary>
    /// -Credential wins over the config and the environment (precedence: defaults &lt; file &lt; env &lt; parameters);
    /// a secret still missing is read from a SecretManagement vault when the config names it.
    /// </summary>
    private protected void ApplyCredentials(N2fSyncConfig config, PSCredential? n2f, PSCredential? source)
    {
        if (n2f is not null && n2f != PSCredential.Empty)
        {
            config.N2f.ClientId = n2f.UserName;
            config.N2f.ClientSecret = n2f.GetNetworkCredential().Password;
        }
        if (source is not null && source != PSCredential.Empty)
        {
            config.Source.User = source.UserName;
            config.Source.Password = source.GetNetworkCredential().Password;
        }
        if (Secret.IsNullOrEmpty(config.N2f.ClientSecret) && !string.IsNullOrWhiteSpace(config.N2f.ClientSecretName))
            config.N2f.ClientSecret = new VaultSecrets(this).Read(config.N2f.ClientSecretName!, config.N2f.SecretVault);
        if (Secret.IsNullOrEmpty(config.Source.Password) && !string.IsNullOrWhiteSpace(config.Source.PasswordSecretName))
            config.Source.Password = new VaultSecrets(this).Read(config.Source.PasswordSecretName!, config.N2f.SecretVault);
        ReadMailPassword(config);
    }

    /// <summary>The SMTP password of notify.mail from a SecretManagement vault, when the config names it and none came otherwise.</summary>
    private protected void ReadMailPassword(N2fSyncConfig config)
    {
        if (config.Notify.Mail is { } mail && Secret.IsNullOrEmpty(mail.Password) && !string.IsNullOrWhiteSpace(mail.PasswordSecretName))
            mail.Password = new VaultSecrets(this).Read(mail.PasswordSecretName!, config.N2f.SecretVault);
    }

    /// <summary>Resolves scope names against the config, or ends the command naming the known scopes.</summary>
    private protected IReadOnlyList<Scopes.ScopeDefinition> ResolveScopes(SyncSession session, IEnumerable<string> names)
    {
        try
        {
            return session.Scopes.Resolve(names);
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.UnknownScope(e));
            throw;
        }
    }

    /// <summary>Creates the N2F client now, so missing credentials end the command before any work.</summary>
    private protected void RequireN2f(SyncSession session)
    {
        try
        {
            _ = session.Client;
        }
        catch (N2f.Http.N2fCredentialsMissingException e)
        {
            ThrowTerminatingError(ErrorRecordFactory.CredentialsMissing(e));
        }
        catch (Store.StoreException e)
        {
            // The client reads the quota spent from the store: a store that cannot be used stops here, named.
            ThrowTerminatingError(ErrorRecordFactory.Store(e));
        }
    }

    /// <summary>
    /// True when this invocation only simulates (-WhatIf or $WhatIfPreference). The preference is converted as
    /// ShouldProcess converts it: in a script's own scope it may be any value (<c>$WhatIfPreference = 1</c>).
    /// </summary>
    private protected bool IsWhatIf =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) ? ((SwitchParameter)value).IsPresent
            : LanguagePrimitives.TryConvertTo(SessionState.PSVariable.GetValue("WhatIfPreference"), out bool whatIf) && whatIf;
}
