using Bot.Core.Channels;
using Bot.Core.Messages;

namespace Bot.Core.Tests.Support;

/// <summary>
/// A multicast sender of a component test, keeping LINE's promise for delivery keys: a key it already delivered is not
/// delivered again. <see cref="FailCall"/> makes a call throw before delivering, as a LINE 500 that outlasted the
/// client's retries does.
/// </summary>
public sealed class RecordedMulticasts(string channel, int maxRecipients = 500) : IMulticastSender
{
    private readonly List<(string Key, IReadOnlyList<string> UserIds, IReadOnlyList<OutgoingMessage> Messages)> _delivered = [];
    private readonly Dictionary<string, int> _calls = [];
    private readonly HashSet<int> _failing = [];
    private int _callCount;

    public string Channel => channel;

    public int MaxRecipients => maxRecipients;

    public IReadOnlyList<(string Key, IReadOnlyList<string> UserIds, IReadOnlyList<OutgoingMessage> Messages)> Delivered
    {
        get
        {
            lock (_delivered)
            {
                return [.. _delivered];
            }
        }
    }

    /// <summary>Calls per delivery key, delivered or not.</summary>
    public IReadOnlyDictionary<string, int> Calls
    {
        get
        {
            lock (_delivered)
            {
                return new Dictionary<string, int>(_calls);
            }
        }
    }

    /// <summary>The <paramref name="number"/>th call (from 1, counting every call) throws.</summary>
    public void FailCall(int number)
    {
        lock (_delivered)
        {
            _failing.Add(number);
        }
    }

    public Task SendAsync(IReadOnlyList<string> userIds, IReadOnlyList<OutgoingMessage> messages, string deliveryKey, CancellationToken cancellationToken)
    {
        lock (_delivered)
        {
            _calls[deliveryKey] = _calls.GetValueOrDefault(deliveryKey) + 1;
            if (_failing.Contains(++_callCount))
            {
                throw new HttpRequestException("multicast answered 500");
            }
            if (_delivered.All(d => d.Key != deliveryKey))
            {
                _delivered.Add((deliveryKey, [.. userIds], messages));
            }
        }
        return Task.CompletedTask;
    }
}
