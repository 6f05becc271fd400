"""The ``official-name`` kind on short invented sentences: a body's official name mistyped where the article has
no right form to compare with is reported with the official form; other bodies, other spellings of one body,
plurals, longer names and quotations are not."""

from conftest import fired

MESSAGE = "{written} -> {correct} ({how})"


def rule(make_rule, **params):
    return make_rule("official-name", message=MESSAGE, **params)


def test_an_s_moved_a_small_word_missing_a_letter_slipped(make_rule):
    r = rule(make_rule)
    assert fired(r, "The Trade Unions Congress urged a pay rise.") == [
        "Trade Unions Congress -> Trades Union Congress (an 's' moved)"]
    assert fired(r, "The US Securities Exchange Commission (SEC) opened an inquiry.") == [
        "Securities Exchange Commission -> Securities and Exchange Commission ('and' missing)"]
    assert fired(r, "Agents of the Federal Bureau of Investigaton arrived.") == [
        "Federal Bureau of Investigaton -> Federal Bureau of Investigation ('Investigaton' for 'Investigation')"]
    assert fired(r, "A spokesman for the Department of Veteran Affairs declined to comment.") == [
        "Department of Veteran Affairs -> Department of Veterans Affairs (an 's' moved)"]


def test_official_forms_and_the_forms_a_body_also_uses(make_rule):
    r = rule(make_rule)
    assert fired(r, "The Trades Union Congress and the Securities and Exchange Commission met.") == []
    assert fired(r, "The International Labor Organization and the World Food Program agreed.") == []
    assert fired(r, "The Organization of Petroleum Exporting Countries met in Vienna.") == []


def test_other_bodies_spellings_plurals_and_demonyms(make_rule):
    r = rule(make_rule)
    # whole words differ: another body
    assert fired(r, "The National Security Council asked the National Security Agency.") == []
    # British spelling of an American body
    assert fired(r, "He left the Department of Labour in March.") == []
    # a plural, a demonym
    assert fired(r, "All twelve Federal Reserve Banks reported. Papua New Guinean officials came.") == []


def test_a_longer_name_is_another_body(make_rule):
    r = rule(make_rule)
    assert fired(r, "The Trade Union Congress of the Philippines called a strike.") == []
    assert fired(r, "The Scottish Trades Union Congress met.") == []


def test_legal_form_of_another_class(make_rule):
    r = rule(make_rule)
    assert fired(r, "Shares of General Electric Corp rose on Monday.", "1987-05-04") == [
        "General Electric Corp -> General Electric Co (legal form)"]
    assert fired(r, "Microsoft Inc said on Tuesday it would hire.") == ["Microsoft Inc -> Microsoft Corp (legal form)"]
    # the right form, a longer name (another company), a form the company has had
    assert fired(r, "General Electric Co said. General Electric Capital Corp sold bonds.", "1987-05-04") == []
    assert fired(r, "General Motors Corp said in 1987 that General Motors Co would follow.") == []


def test_the_suggestion_keeps_the_written_spelling(make_rule, cli, write):
    path = write("a.txt", "Ford Motor Corporation said on Monday it would build a plant.\n")
    out = cli("check", "--format", "json", "--select", "official-name", path).json()
    [finding] = out["findings"]
    assert finding["message"] == ("'Ford Motor Corporation' is not the official name: 'Ford Motor Co' (legal form) "
                                  "[https://en.wikipedia.org/wiki/Ford_Motor_Company]")
    assert [s["replacement"] for s in finding["suggestions"]] == ["Ford Motor Company"]


def test_quotations_are_left_alone_unless_asked(make_rule):
    text = '"The Trade Unions Congress is wrong," he said.'
    assert fired(rule(make_rule), text) == []
    assert fired(rule(make_rule, skip_quotes=False), text) == [
        "Trade Unions Congress -> Trades Union Congress (an 's' moved)"]


def test_several_bodies_named_at_once(make_rule):
    r = rule(make_rule)
    assert fired(r, "The Departments of Justice and Defense said so.") == []
    assert fired(r, "The Vice Chairman of the Joint Chief of Staff spoke.") == [
        "Joint Chief of Staff -> Joint Chiefs of Staff (an 's' moved)"]
