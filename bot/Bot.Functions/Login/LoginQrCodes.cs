using QRCoder;

namespace Bot.Functions.Login;

/// <summary>The PNG of a QR code of a login link, for a resident on a PC to scan with the phone that holds the signer.</summary>
public static class LoginQrCodes
{
    private const int PixelsPerModule = 8;

    public static byte[] Png(Uri link) =>
        PngByteQRCodeHelper.GetQRCode(link.ToString(), QRCodeGenerator.ECCLevel.M, PixelsPerModule);
}
