using MynaCard.Testing;
using System.Diagnostics;
using MynaCard.Apdu;
using MynaCard.Errors;
using Xunit.Abstractions;

namespace MynaCard.Pcsc.Tests;

/// <summary>A card served by VpcdBridge, reached through the real pcscd with PcscContext and PcscTransport.</summary>
[Collection(PcscdCollection.Name)]
public sealed class PcscEndToEndTests(PcscdFixture pcscd, ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CommandApdu SelectJpki => new(0x00, 0xA4, 0x04, 0x0C, TestCard.JpkiAid);

    [Fact]
    public void The_virtual_reader_is_listed()
    {
        using var context = PcscContext.Open();

        var readers = context.ListReaders();

        output.WriteLine($"pcscd ({pcscd.State}) lists: {string.Join(", ", readers)}");
        Assert.Contains(PcscdFixture.Reader, readers);
    }

    [Fact]
    public async Task Waiting_finds_the_served_card_and_its_ATR()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();

        var reader = await context.WaitForCardAsync(null, Bound, CancellationToken.None);
        await using var transport = await PcscTransport.ConnectAsync(context, reader);

        output.WriteLine($"pcscd saw the card {inserted.InsertedAfter.TotalMilliseconds:0} ms after the bridge started");
        Assert.Equal(PcscdFixture.Reader, reader);
        Assert.Equal(PcscdFixture.Reader, transport.Reader);
        Assert.Equal(TestCard.MyNumberAtr, transport.Atr.ToArray());
        Assert.Equal(PcscProtocol.T1, transport.Protocol);
        Assert.True(transport.SupportsExtendedLength);
        var status = transport.GetStatus();
        Assert.True(status.Powered);
        Assert.Equal(TestCard.MyNumberAtr, status.Atr.ToArray());
        Assert.True(card.Resets >= 1, "vpcd powers the card on before the first connection");
    }

    [Fact]
    public async Task A_SELECT_round_trips_with_its_bytes_intact()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        await using var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader);

        var selected = await transport.TransmitAsync(SelectJpki, CancellationToken.None);
        var unknown = await transport.TransmitAsync(
            new CommandApdu(0x00, 0xA4, 0x04, 0x0C, Convert.FromHexString("D3921000310001010408FF")), CancellationToken.None);

        Assert.Equal(StatusWord.Success, selected.Status);
        Assert.True(selected.Data.IsEmpty);
        Assert.Equal(StatusWord.FileNotFound, unknown.Status);
        Assert.Equal(SelectJpki.ToBytes(), card.Received.First());

        // Round-trip time: pcscd, the vpcd driver, TCP and back.
        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = await transport.TransmitAsync(SelectJpki, CancellationToken.None);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (times[^1] > 10)
            {
                output.WriteLine($"slow round trip #{i}: {times[^1]:0.0} ms");
            }
            Assert.Equal(StatusWord.Success, response.Status);
        }
        times.Sort();
        output.WriteLine($"SELECT through pcscd, 50 round trips: median {times[25]:0.00} ms, min {times[0]:0.00} ms, " +
            $"max {times[^1]:0.00} ms");
    }

    [Fact]
    public async Task An_extended_length_response_of_3000_bytes_round_trips()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        await using var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader);
        var read = new CommandApdu(0x00, 0xB0, 0x00, 0x04, ne: 3000);

        var response = await transport.TransmitAsync(read, CancellationToken.None);

        Assert.Equal(StatusWord.Success, response.Status);
        Assert.Equal(TestCard.Pattern(4, 3000), response.Data.ToArray());
        Assert.Equal(Convert.FromHexString("00B00004000BB8"), card.Received.Single());
    }

    [Fact]
    public async Task Extended_command_data_round_trips_and_the_maximum_response_fits()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        await using var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader);
        var data = TestCard.Pattern(0, 4000);

        var echoed = await transport.TransmitAsync(new CommandApdu(0x80, TestCard.EchoIns, 0, 0, data, 65536),
            CancellationToken.None);
        var largest = await transport.TransmitAsync(new CommandApdu(0x00, 0xB0, 0x00, 0x00, ne: 65533),
            CancellationToken.None);

        Assert.Equal(StatusWord.Success, echoed.Status);
        Assert.Equal(data, echoed.Data.ToArray());
        // vpcd frames with a 2-byte length: 65535 bytes is the most a response can be through it (65533 + SW).
        Assert.Equal(StatusWord.Success, largest.Status);
        Assert.Equal(65533, largest.Data.Length);
    }

    [Fact]
    public async Task A_transaction_wraps_an_operation()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        await using var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader);

        await using (await transport.BeginTransactionAsync(CancellationToken.None))
        {
            Assert.Equal(StatusWord.Success, (await transport.TransmitAsync(SelectJpki, CancellationToken.None)).Status);
            Assert.True(card.Selected);
        }

        Assert.Equal(StatusWord.Success, (await transport.TransmitAsync(SelectJpki, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task An_exclusive_connection_keeps_other_applications_out_until_it_is_closed()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        using var other = PcscContext.Open();

        await using (var exclusive = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader,
            new PcscConnectOptions { ShareMode = PcscShareMode.Exclusive, Disposition = PcscDisposition.Leave }))
        {
            var refused = await Assert.ThrowsAsync<PcscException>(() => PcscTransport.ConnectAsync(other, PcscdFixture.Reader));
            Assert.Equal(PcscError.SharingViolation, refused.Code);
            Assert.Equal(StatusWord.Success, (await exclusive.TransmitAsync(SelectJpki, CancellationToken.None)).Status);
        }

        await using var shared = await PcscTransport.ConnectAsync(other, PcscdFixture.Reader);
        Assert.Equal(StatusWord.Success, (await shared.TransmitAsync(SelectJpki, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Disconnecting_resets_the_card_by_default_so_no_verified_state_is_left_behind()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        var resetsBefore = card.Resets;

        await using (var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader))
        {
            await transport.TransmitAsync(SelectJpki, CancellationToken.None);
            Assert.True(card.Selected);
        }

        Assert.False(card.Selected);
        Assert.True(card.Resets > resetsBefore);
    }

    [Fact]
    public async Task Stopping_the_bridge_mid_session_makes_the_next_transmit_throw_card_removed()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        await using var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader);
        Assert.Equal(StatusWord.Success, (await transport.TransmitAsync(SelectJpki, CancellationToken.None)).Status);

        await inserted.PullAsync();
        var clock = Stopwatch.StartNew();
        var immediate = await Record.ExceptionAsync(() => transport.TransmitAsync(SelectJpki, CancellationToken.None).WaitAsync(Bound));
        var immediateAfter = clock.Elapsed;
        await context.WaitForCardRemovalAsync(PcscdFixture.Reader, Bound, CancellationToken.None);
        var noticedAfter = clock.Elapsed;
        var later = await Record.ExceptionAsync(() => transport.TransmitAsync(SelectJpki, CancellationToken.None).WaitAsync(Bound));

        output.WriteLine($"right after the bridge stopped ({immediateAfter.TotalMilliseconds:0} ms): {immediate?.GetType().Name}: {immediate?.Message}");
        output.WriteLine($"pcscd reported the reader empty after {noticedAfter.TotalMilliseconds:0} ms; then: {later?.GetType().Name}: {later?.Message}");
        Assert.IsType<CardRemovedException>(immediate);
        Assert.IsType<CardRemovedException>(later);
        Assert.True(card.PowerOffs >= 1, "the bridge powers the card off when it leaves the reader");
    }

    [Fact]
    public async Task A_card_put_back_after_removal_is_found_and_answers_again()
    {
        var card = new TestCard();
        await using (var first = await pcscd.InsertAsync(card, output))
        {
            using var context = PcscContext.Open();
            await using var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader);
            await transport.TransmitAsync(SelectJpki, CancellationToken.None);
            var removedAfter = await first.RemoveAsync();
            output.WriteLine($"pcscd noticed the removal after {removedAfter.TotalMilliseconds:0} ms");
        }

        await using var second = await pcscd.InsertAsync(card, output);
        using var again = PcscContext.Open();
        await using var reconnected = await PcscTransport.ConnectAsync(again, PcscdFixture.Reader);

        Assert.False(card.Selected);
        Assert.Equal(StatusWord.Success, (await reconnected.TransmitAsync(SelectJpki, CancellationToken.None)).Status);
        output.WriteLine($"pcscd saw the card again {second.InsertedAfter.TotalMilliseconds:0} ms after the bridge started");
    }

    [Fact]
    public async Task Without_a_card_waiting_times_out_with_NoCardException()
    {
        using var context = PcscContext.Open();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<NoCardException>(() =>
            context.WaitForCardAsync(PcscdFixture.Reader, TimeSpan.FromSeconds(1.5), CancellationToken.None).WaitAsync(Bound));

        output.WriteLine($"{clock.Elapsed.TotalMilliseconds:0} ms: {error.Message}");
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Without_a_card_connecting_throws_NoCardException()
    {
        using var context = PcscContext.Open();

        await Assert.ThrowsAsync<NoCardException>(() => PcscTransport.ConnectAsync(context, PcscdFixture.Reader));
    }

    [Fact]
    public async Task An_unknown_reader_is_NoReaderException()
    {
        using var context = PcscContext.Open();

        await Assert.ThrowsAsync<NoReaderException>(() =>
            context.WaitForCardAsync("No Such Reader 00 00", TimeSpan.FromSeconds(1), CancellationToken.None).WaitAsync(Bound));
        await Assert.ThrowsAsync<NoReaderException>(() => PcscTransport.ConnectAsync(context, "No Such Reader 00 00"));
    }

    [Fact]
    public async Task Waiting_for_a_card_can_be_cancelled()
    {
        using var context = PcscContext.Open();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            context.WaitForCardAsync(PcscdFixture.Reader, TimeSpan.FromSeconds(30), cancel.Token).WaitAsync(Bound));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Extended_APDUs_are_refused_before_the_wire_when_the_caller_says_the_reader_cannot()
    {
        var card = new TestCard();
        await using var inserted = await pcscd.InsertAsync(card, output);
        using var context = PcscContext.Open();
        await using var transport = await PcscTransport.ConnectAsync(context, PcscdFixture.Reader, supportsExtendedLength: false);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            transport.TransmitAsync(new CommandApdu(0x00, 0xB0, 0, 0, ne: 3000), CancellationToken.None));

        Assert.False(transport.SupportsExtendedLength);
        Assert.Empty(card.Received);
    }
}
