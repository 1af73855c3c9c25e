"""What the page says, as a reader reads it (review s47, items 8, 9 and 10).

* 8: a ``/v1/report`` page's English licence notice gave the server's absolute path to the
  models' NOTICE.md; the Chinese one said something else. Both now say the same, no path.
* 9: a fraud probability of 0.9997 showed as "100.0%" (and 0.999 in the overview): a
  certainty the model does not give. Now ">99.9%" (and "<0.1%" at the other end).
* 10: the Chinese page left platform codes (``rednote``, ``wechat_channels``) in English.
"""

from __future__ import annotations

import re
from typing import Any

from fraud.paths import MODELS_DIR
from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from service.main import create_app
from tests.conftest import load_sample
from tests.test_service import _wait_ready, local_client


def _licence(html: str) -> str:
    found = re.search(r'<p class="licence">(.*?)</p>', html, re.S)
    assert found is not None
    return found.group(1)


def test_licence_notice_names_no_server_path_and_says_the_same_in_both_languages(
    scorer: Any,
) -> None:
    record = load_sample("thin_data_tiktok")
    app = create_app(scorer=scorer)
    with local_client(app) as client:
        _wait_ready(client)
        pages = {
            lang: client.post(f"/v1/report?lang={lang}", json=record).text for lang in ("en", "zh")
        }
    for lang, html in pages.items():
        notice = _licence(html)
        assert str(MODELS_DIR) not in html and str(MODELS_DIR.parent) not in html, lang
        assert not re.search(r"(^|\s)/\w", notice), notice  # no absolute path at all
        assert "NOTICE.md" in notice and "training_data" in notice, lang
    assert "not cleared for commercial use" in pages["en"]
    assert "未获准商业使用" in pages["zh"] and "not cleared" not in _licence(pages["zh"])
    local = render_report(
        scorer, [(1, CreatorRecord.model_validate(record))], models_root=MODELS_DIR
    )
    assert _licence(local) == _licence(pages["en"])  # the CLI's page says the same
