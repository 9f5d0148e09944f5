using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace N2fSync.NotifyReceiver;

/// <summary>Accepts every sender; refuses every recipient when the options say so.</summary>
internal sealed class RecipientFilter(ReceiverOptions options) : IMailboxFilter
{
    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(!options.RefuseRecipients);
}
