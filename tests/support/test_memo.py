from factlint.support.memo import latest


def test_latest_builds_once_per_object_and_never_hands_one_objects_data_to_another():
    calls = []

    @latest
    def build(kb: list) -> int:
        calls.append(kb)
        return len(kb)

    first = [1, 2]
    assert build(first) == 2 and build(first) == 2 and len(calls) == 1
    second = [1, 2, 3]  # a new KB, loaded after the first was dropped
    del first
    assert build(second) == 3 and len(calls) == 2
    assert build([1, 2, 3]) == 3 and len(calls) == 3  # equal but another object: rebuilt, compared by identity
