namespace Parley.Training;

/// <summary>Settings of parser training; the defaults are the ones the shipped model was trained with.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the shuffling, exploration and tag-noise random generator.</param>
/// <param name="ExploreFrom">First epoch (0-based) in which the parser follows its own predictions.</param>
/// <param name="ExploreProbability">From then on, the chance of following a wrong prediction (dynamic oracle).</param>
/// <param name="TagNoise">Chance of replacing a word's gold tags by another pair seen with the same word.</param>
/// <param name="MinLiftedLabel">Lift-decorated labels rarer than this keep their plain relation.</param>
/// <param name="Prune">Features whose averaged weights are all at most this in magnitude are dropped.</param>
public sealed record ParsingTrainerOptions(
    int Epochs = 12,
    int Seed = 1,
    int ExploreFrom = 1,
    double ExploreProbability = 0.9,
    double TagNoise = 0.0,
    int MinLiftedLabel = 5,
    float Prune = 0.1f);
