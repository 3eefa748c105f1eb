using static Parley.Tests.Engine.EngineFixture;

namespace Parley.Tests.Events;

/// <summary>A protest named as a party stands for who protests, by occupation (data/actors/agents.txt), through the whole engine.</summary>
public sealed class ProtestPartyTests
{
    [Fact]
    public void A_student_protest_broken_up_is_students_repressed() =>
        Has("Riot police broke up a student protest in Dhaka on Sunday.", "BGDCOP", "BGDEDU", "175");

    [Fact]
    public void A_protest_named_by_no_one_stands_for_protesters() =>
        Has("Riot police broke up a protest in Dhaka on Sunday.", "BGDCOP", "BGDOPP", "175");
}
