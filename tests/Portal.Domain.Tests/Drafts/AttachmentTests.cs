using System.Security.Cryptography;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Residents;
using Portal.Testing;

namespace Portal.Domain.Tests.Drafts;

public sealed class AttachmentTests(DraftsFixture fixture) : IClassFixture<DraftsFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly DraftsServices _services = fixture.Services(new ManualClock(DraftsFixture.Now));

    private async Task<(ResidentContext Resident, string DraftId)> NewDraftAsync()
    {
        var resident = DraftsFixture.NewResident();
        var draft = await _services.Drafts.CreateAsync(resident, new DraftInput(DraftsFixture.Procedure, DraftsFixture.Chiyoda, null), Ct);
        return (resident, draft.Document.Id);
    }

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "申請書.pdf", TestFiles.Pdf, AttachmentTypes.Pdf },
        { "photo.jpg", TestFiles.Jpeg, AttachmentTypes.Jpeg },
        { "scan.png", TestFiles.Png, AttachmentTypes.Png },
        { "scan.pdf", TestFiles.Png, AttachmentTypes.Png },
        { "noextension", TestFiles.Jpeg, AttachmentTypes.Jpeg },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Files_are_typed_by_their_content_not_their_name(string name, byte[] content, string expectedType)
    {
        var (resident, draftId) = await NewDraftAsync();

        var (stored, attachment) = await _services.Drafts.AddAttachmentAsync(resident, draftId, name, content.Length, new MemoryStream(content), Ct);

        Assert.Equal(expectedType, attachment.ContentType);
        Assert.Equal(name, attachment.Name);
        Assert.Equal(content.Length, attachment.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), attachment.Sha256);
        Assert.Single(stored.Document.Attachments);
        var (_, read) = await _services.Drafts.OpenAttachmentAsync(resident, draftId, attachment.Id, Ct);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    public static TheoryData<string, byte[], Type> Refused => new()
    {
        { "invoice.pdf", TestFiles.Exe, typeof(AttachmentTypeNotAllowedException) },
        { "notes.txt", "hello"u8.ToArray(), typeof(AttachmentTypeNotAllowedException) },
        { "empty.pdf", [], typeof(AttachmentTypeNotAllowedException) },
        { "eicar.com", TestFiles.Eicar, typeof(AttachmentTypeNotAllowedException) },
        { "eicar.pdf", TestFiles.PdfWithEicar, typeof(MalwareDetectedException) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_files_leave_nothing_behind(string name, byte[] content, Type refusal)
    {
        var (resident, draftId) = await NewDraftAsync();

        var error = await Record.ExceptionAsync(() =>
            _services.Drafts.AddAttachmentAsync(resident, draftId, name, null, new MemoryStream(content), Ct));

        Assert.IsType(refusal, error);
        Assert.Empty((await _services.Drafts.GetAsync(resident, draftId, Ct)).Document.Attachments);
        Assert.Empty(await _services.Attachments.ListAsync(resident.PrincipalId, draftId, Ct));
    }

    [Fact]
    public async Task Ten_megabytes_are_accepted_and_one_byte_more_is_refused_even_without_a_declared_length()
    {
        var (resident, draftId) = await NewDraftAsync();

        var (_, exact) = await _services.Drafts.AddAttachmentAsync(resident, draftId, "big.pdf", null,
            new MemoryStream(TestFiles.PdfOfSize(AttachmentLimits.MaxBytes)), Ct);
        Assert.Equal(AttachmentLimits.MaxBytes, exact.Size);

        await Assert.ThrowsAsync<AttachmentTooLargeException>(() => _services.Drafts.AddAttachmentAsync(resident, draftId, "bigger.pdf", null,
            new MemoryStream(TestFiles.PdfOfSize(AttachmentLimits.MaxBytes + 1)), Ct));
        await Assert.ThrowsAsync<AttachmentTooLargeException>(() => _services.Drafts.AddAttachmentAsync(resident, draftId, "declared.pdf",
            AttachmentLimits.MaxBytes + 1, new MemoryStream(TestFiles.Pdf), Ct));

        Assert.Single((await _services.Drafts.GetAsync(resident, draftId, Ct)).Document.Attachments);
        Assert.Single(await _services.Attachments.ListAsync(resident.PrincipalId, draftId, Ct));
    }

    [Fact]
    public async Task Deleting_the_draft_deletes_its_files()
    {
        var (resident, draftId) = await NewDraftAsync();
        await _services.Drafts.AddAttachmentAsync(resident, draftId, "a.pdf", null, new MemoryStream(TestFiles.Pdf), Ct);
        await _services.Drafts.AddAttachmentAsync(resident, draftId, "b.png", null, new MemoryStream(TestFiles.Png), Ct);
        Assert.Equal(2, (await _services.Attachments.ListAsync(resident.PrincipalId, draftId, Ct)).Count);

        await _services.Drafts.DeleteAsync(resident, draftId, null, Ct);

        Assert.Empty(await _services.Attachments.ListAsync(resident.PrincipalId, draftId, Ct));
    }

    [Fact]
    public async Task One_file_can_be_removed_from_a_draft()
    {
        var (resident, draftId) = await NewDraftAsync();
        var (_, keep) = await _services.Drafts.AddAttachmentAsync(resident, draftId, "a.pdf", null, new MemoryStream(TestFiles.Pdf), Ct);
        var (_, remove) = await _services.Drafts.AddAttachmentAsync(resident, draftId, "b.png", null, new MemoryStream(TestFiles.Png), Ct);

        var stored = await _services.Drafts.DeleteAttachmentAsync(resident, draftId, remove.Id, Ct);

        Assert.Equal([keep.Id], stored.Document.Attachments.Select(a => a.Id));
        Assert.Equal([AttachmentStore.Prefix(resident.PrincipalId, draftId) + keep.Id], await _services.Attachments.ListAsync(resident.PrincipalId, draftId, Ct));
        await Assert.ThrowsAsync<DraftNotFoundException>(() => _services.Drafts.DeleteAttachmentAsync(resident, draftId, remove.Id, Ct));
    }

    [Fact]
    public async Task Another_residents_draft_takes_no_files()
    {
        var (_, draftId) = await NewDraftAsync();
        var other = DraftsFixture.NewResident();
        await Assert.ThrowsAsync<DraftNotFoundException>(() =>
            _services.Drafts.AddAttachmentAsync(other, draftId, "a.pdf", null, new MemoryStream(TestFiles.Pdf), Ct));
        Assert.Empty(await _services.Attachments.ListAsync(other.PrincipalId, draftId, Ct));
    }
}
