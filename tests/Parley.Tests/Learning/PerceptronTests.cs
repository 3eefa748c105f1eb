using Parley.Learning;

namespace Parley.Tests.Learning;

public class PerceptronTests
{
    // A small synthetic problem: the class is decided by which of three "cue" features is present; noise
    // features are random. Both learners must learn it, and the fast one must agree with the reference.
    private static List<(string[] Features, int Label)> Data(int n, int seed)
    {
        var rng = new Random(seed);
        var data = new List<(string[], int)>();
        for (var i = 0; i < n; i++)
        {
            var label = rng.Next(3);
            data.Add(([$"cue={label}", $"noise={rng.Next(20)}", $"noise2={rng.Next(7)}", "bias"], label));
        }
        return data;
    }

    private static ulong[] Hash(string[] features) => [.. features.Select(FeatureHash.OfString)];

    [Fact]
    public void Reference_LearnsSeparableProblem()
    {
        var p = new AveragedPerceptron(3);
        var train = Data(300, 1);
        for (var epoch = 0; epoch < 3; epoch++)
            foreach (var (f, y) in train)
                p.Update(y, p.Predict(f), f);
        p.Average();
        var test = Data(100, 2);
        Assert.All(test, x => Assert.Equal(x.Label, p.Predict(x.Features)));
    }

    [Fact]
    public void Hashed_AgreesWithReference_OnEveryPredictionAndScore()
    {
        var reference = new AveragedPerceptron(3);
        var trainer = new HashedPerceptronTrainer(3);
        var train = Data(400, 3);
        for (var epoch = 0; epoch < 4; epoch++)
        {
            foreach (var (f, y) in train)
            {
                var h = Hash(f);
                var g1 = reference.Predict(f);
                var g2 = trainer.Predict(h);
                Assert.Equal(g1, g2);
                reference.Update(y, g1, f);
                trainer.Update(y, g2, h);
            }
        }
        reference.Average();
        var fast = trainer.Build();
        Span<float> a = stackalloc float[3];
        Span<float> b = stackalloc float[3];
        foreach (var (f, _) in Data(200, 4))
        {
            reference.Score(f, a);
            fast.Score(Hash(f), b);
            for (var c = 0; c < 3; c++)
                Assert.Equal(a[c], b[c], 3);
            Assert.Equal(reference.Predict(f), fast.Predict(Hash(f)));
        }
    }

    [Fact]
    public void Hashed_SaveLoad_RoundTrips()
    {
        var trainer = new HashedPerceptronTrainer(3);
        foreach (var (f, y) in Data(200, 5))
            trainer.Update(y, trainer.Predict(Hash(f)), Hash(f));
        var model = trainer.Build();
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
            model.Save(w);
        ms.Position = 0;
        var loaded = HashedPerceptron.Load(new BinaryReader(ms));
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        foreach (var (f, _) in Data(50, 6))
            Assert.Equal(model.Predict(Hash(f)), loaded.Predict(Hash(f)));
    }

    [Fact]
    public void Build_PrunesRowsBelowThreshold()
    {
        var trainer = new HashedPerceptronTrainer(2);
        trainer.Update(0, 1, [FeatureHash.OfString("a")]);
        for (var i = 0; i < 99; i++)
            trainer.Update(0, 0, [FeatureHash.OfString("a")]);
        Assert.Equal(1, trainer.Build().FeatureCount);
        Assert.Equal(0, trainer.Build(pruneBelow: 2f).FeatureCount);
    }
}
