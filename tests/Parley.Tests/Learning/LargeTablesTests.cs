using Parley.Learning;

namespace Parley.Tests.Learning;

public class LargeTablesTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(3_000_000)] // 12 MB of floats: above the huge-page threshold
    public void Allocate_GivesAZeroedArrayOfTheLength(int length)
    {
        var array = LargeTables.Allocate<float>(length);
        Assert.Equal(length, array.Length);
        Assert.True(array.AsSpan().IndexOfAnyExcept(0f) < 0);
        array[^1] = 1.5f;
        Assert.Equal(1.5f, array[^1]);
    }

    [Fact]
    public void Collapse_KeepsTheContents()
    {
        var array = new float[3_000_000];
        for (var i = 0; i < array.Length; i++)
            array[i] = i * 0.5f;
        LargeTables.Collapse(array);
        for (var i = 0; i < array.Length; i += 997)
            Assert.Equal(i * 0.5f, array[i]);
    }
}
