using System.Text;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.UnitTests.Imports.Reading;

/// <summary>The shared byte limit and UTF-8 check that every uploaded file is read through.</summary>
public sealed class TextFilesTests
{
    [Fact]
    public async Task A_file_of_exactly_the_limit_reads_whole()
    {
        var text = await ReadAllAsync(Encoding.UTF8.GetBytes("héllo\nwörld"), maxBytes: 13);

        Assert.Equal("héllo\nwörld", text);
    }

    [Fact]
    public async Task One_byte_over_the_limit_stops_the_read_with_the_limit_named()
    {
        var error = await Assert.ThrowsAsync<TextInputException>(() => ReadAllAsync(new byte[2049], maxBytes: 2048));

        Assert.Equal(TextInputProblem.TooLarge, error.Problem);
        Assert.Equal(0, error.Line);
        Assert.Equal("The file is larger than 2 KB. Split it into smaller files.", error.Message);
    }

    [Fact]
    public async Task An_invalid_byte_is_reported_with_its_line_and_value()
    {
        var bytes = Encoding.UTF8.GetBytes("one\ntwo\nth").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("ree\n")).ToArray();

        var error = await Assert.ThrowsAsync<TextInputException>(() => ReadAllAsync(bytes));

        Assert.Equal((TextInputProblem.NotUtf8, 3), (error.Problem, error.Line));
        Assert.Equal("is not valid UTF-8 (byte 0xFF). Save the file as UTF-8 and upload it again.", error.Message);
    }

    [Fact]
    public async Task Characters_split_between_reads_are_valid_and_one_cut_off_at_the_end_is_not()
    {
        var bytes = Encoding.UTF8.GetBytes("ä€😀\nzh: 天气\n");

        Assert.Equal("ä€😀\nzh: 天气\n", await ReadAllAsync(bytes, chunk: 1));
        var error = await Assert.ThrowsAsync<TextInputException>(() => ReadAllAsync(bytes[..^2], chunk: 1));
        Assert.Equal((TextInputProblem.NotUtf8, 2), (error.Problem, error.Line));
    }

    [Fact]
    public async Task A_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("prompt\nhi\n")).ToArray();

        Assert.Equal("prompt\nhi\n", await ReadAllAsync(bytes));
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(100L * 1024 * 1024, "100 MB")]
    public void Sizes_read_the_same_in_every_culture(long bytes, string expected)
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(expected, ByteSizes.Describe(bytes));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    private static async Task<string> ReadAllAsync(byte[] bytes, long maxBytes = 1024 * 1024, int chunk = 4096)
    {
        using var reader = TextFiles.OpenReader(TextFiles.Check(new TrickleStream(bytes, chunk), maxBytes));
        return await reader.ReadToEndAsync();
    }

    /// <summary>Hands out at most <c>chunk</c> bytes per read, as a network upload may.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
