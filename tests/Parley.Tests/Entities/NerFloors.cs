namespace Parley.Tests.Entities;

/// <summary>
/// Regression floors for the shipped recognizer (exact-span F1 over PER, ORG, LOC, predicted tags), a little under
/// the scores measured when the model was trained (see models/ner/MODEL.md).
/// </summary>
internal static class NerFloors
{
    public const double PudF1 = 59.0;
    public const double EwtTestF1 = 56.0;
}
