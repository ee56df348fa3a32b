using System.Buffers.Binary;
using System.IO.Compression;

namespace StatiqGuides.Modules.Bundles.Zim;

/// <summary>The 48×48 PNG a ZIM file must carry as its illustration (Kiwix shows it in its library): drawn in code,
/// so it is the same bytes on every machine and needs no binary file in the theme. An open book in the theme's blue.</summary>
public static class ZimIllustration
{
    public const int Size = 48;

    public static byte[] Png()
    {
        var raw = new byte[Size * (1 + Size * 3)];
        for (var y = 0; y < Size; y++)
        {
            var row = y * (1 + Size * 3);
            raw[row] = 0; // filter: none
            for (var x = 0; x < Size; x++)
            {
                var (r, g, b) = Pixel(x, y);
                raw[row + 1 + x * 3] = r;
                raw[row + 2 + x * 3] = g;
                raw[row + 3 + x * 3] = b;
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Size);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static (byte R, byte G, byte B) Pixel(int x, int y)
    {
        (byte, byte, byte) blue = (0x1d, 0x4e, 0x89), white = (0xff, 0xff, 0xff), ink = (0x9c, 0xb3, 0xcf);
        var inPage = y is >= 12 and < 38 && x is >= 8 and < 40 && x != 23 && x != 24;
        if (!inPage) return blue;
        // Lines of text on both pages.
        return (y - 16) % 5 == 0 && y < 36 && x is >= 11 and < 21 or >= 27 and < 37 ? ink : white;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        png.Write(four);
        var typed = new byte[4 + data.Length];
        typed[0] = (byte)type[0]; typed[1] = (byte)type[1]; typed[2] = (byte)type[2]; typed[3] = (byte)type[3];
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typed));
        png.Write(four);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
