def test_demo_has_the_seed_meeting(seed_activity):
    assert seed_activity.participations.count() == 18
