"""Indicator forms (dạng chỉ số), one module per form, found by the key a rule file writes.

Every module of this package other than `base` defines one form: an `IndicatorBase` model
whose `FORM` is the key that selects it (`ratio`, `value`, `all_of`, `change`). The registry
below finds them, so adding a form is one module and its test; an indicator in a rule file
is read by the model of the one form key it has, and the rest of the engine asks the
indicator, never which form it is.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import PlainValidator, SerializeAsAny

from engine.core.registry import discover
from engine.spec.forms.base import Condition, FormRule, Gap, IndicatorBase, Miss

__all__ = ["FORMS", "Condition", "FormRule", "Gap", "Indicator", "IndicatorBase", "Miss", "parse_indicator"]


FORMS: dict[str, type[IndicatorBase]] = discover(__name__, __path__, IndicatorBase, lambda m: m.FORM)
"""Form key → its model."""


def parse_indicator(data: Any) -> IndicatorBase:
    """An indicator of a rule file, read by the model of the one form key it has."""
    if isinstance(data, IndicatorBase):
        return data
    if not isinstance(data, dict):
        raise ValueError("chỉ số phải là bảng khoá: giá trị")
    # `None` is what a dump writes for the forms an indicator does not use.
    keys = [k for k in FORMS if data.get(k) is not None]
    if len(keys) != 1:
        names = list(FORMS)
        listed = ", ".join(names[:-1]) + " hoặc " + names[-1]
        raise ValueError(f"chỉ số cần đúng một dạng: {listed}")
    unused = {k: v for k, v in data.items() if not (k in FORMS and v is None)}
    if unused.get("direct", "") is None:  # likewise a dump's `direct: null` on any form
        del unused["direct"]
    return FORMS[keys[0]].model_validate(unused)


Indicator = Annotated[SerializeAsAny[IndicatorBase], PlainValidator(parse_indicator)]
"""A rule file's indicator: validated by its form's model, dumped with that model's fields."""
