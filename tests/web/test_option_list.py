"""The filter form's <option>s (`web.names.option_list`), kept for the same choices."""

from __future__ import annotations

from armsledger.web.names import country_name, option_list


def test_options_are_named_escaped_and_selected():
    html = str(option_list(["RUS", "XXX", "<b>"], ["RUS"], country_name))
    assert html == ('<option value="RUS" selected>Russia (RUS)</option>'
                    '<option value="XXX">XXX</option>'
                    '<option value="&lt;b&gt;">&lt;b&gt;</option>')


def test_options_without_names_are_written_as_words():
    assert str(option_list(["SURFACE_SHIP"], [])) == '<option value="SURFACE_SHIP">surface ship</option>'


def test_the_same_choices_give_the_same_markup_and_others_their_own():
    first = option_list(["RUS", "USA"], ["USA"], country_name)
    assert option_list(("RUS", "USA"), {"USA"}, country_name) is first
    assert 'value="RUS" selected' in option_list(["RUS", "USA"], ["RUS"], country_name)
